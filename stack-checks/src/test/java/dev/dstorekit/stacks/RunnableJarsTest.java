package dev.dstorekit.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each runnable jar the project builds answers {@code --version} with its name and the build's version, and exits. */
class RunnableJarsTest {

    @ParameterizedTest
    @CsvSource({
        "dstore-signature/target/dstore-sign.jar, dstore-sign",
        "pos-server/target/pos-server.jar, pos-server",
        "dstore-simulator/target/dstore-simulator.jar, dstore-simulator",
        "conformance-tests/target/dstore-conformance.jar, dstore-conformance"})
    void jarAnswersVersion(String jar, String name) {
        String output = Processes.run(StackPaths.repository(), Map.of(), Duration.ofMinutes(1),
                List.of("java", "-jar", jar, "--version"));
        String version = System.getProperty("dstore.project.version");
        assertEquals(name + " " + version, output.strip().lines().reduce((a, b) -> b).orElse("")
                .replace(" for the D-Store POS API 2.0.0 (dstore-pos-api.yaml)", ""), output);
    }
}
