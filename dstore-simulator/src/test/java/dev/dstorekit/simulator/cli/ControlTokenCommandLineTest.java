package dev.dstorekit.simulator.cli;

import dev.dstorekit.simulator.Simulator;
import dev.dstorekit.simulator.support.AgainstFakePos;
import dev.dstorekit.simulator.support.Console;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands that call a running simulator carry its control token; without it they say what is missing. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlTokenCommandLineTest extends AgainstFakePos {

    static final String TOKEN = "test-only-control-token-fedcba9876543210";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("simulator.control-token", TOKEN);
        return properties;
    }

    @Test
    void scenarioCommandSendsTheTokenFromItsFile() throws IOException {
        // whether the fake POS answers within its budget on a busy machine is not this test's business: only that
        // the control API let the command start and follow the run
        Path token = Files.writeString(CommandLineTest.tempDir().resolve("control-token"), TOKEN + "\n");

        Console.Run run = Console.capture(() -> Simulator.execute("scenario", "happy-pickup", "--simulator-url", server.getURI().toString(),
                "--control-token-file", token.toString(), "--report-dir", CommandLineTest.tempDir().toString(),
                "--clock-speed", "600", "--quiet"));

        assertTrue(run.exitCode() != Simulator.COULD_NOT_RUN, run.out() + run.err());
        assertTrue(run.out().contains("happy-pickup: "), "the run was started and followed to its report: " + run.out());
    }

    @Test
    void scenarioCommandWithoutTheTokenCannotRunAndSaysWhy() {
        Console.Run run = Console.capture(() -> Simulator.execute("scenario", "happy-pickup", "--simulator-url", server.getURI().toString(),
                "--report-dir", CommandLineTest.tempDir().toString()));

        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("HTTP 401 (set SIMULATOR_CONTROL_TOKEN or --control-token-file"), run.err());
        assertTrue(run.err().contains("the control API needs Authorization: Bearer <token>"), run.err());
    }

    @Test
    void anUnreadableTokenFileCannotRunAndNamesTheKey() {
        Console.Run run = Console.capture(() -> Simulator.execute("scenario", "happy-pickup", "--simulator-url", server.getURI().toString(),
                "--control-token-file", "/no/such/control-token"));

        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("simulator.control-token-file: cannot read '/no/such/control-token'"), run.err());
    }
}
