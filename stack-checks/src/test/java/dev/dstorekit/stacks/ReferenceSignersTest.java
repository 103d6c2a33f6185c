package dev.dstorekit.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference signers a team copies from {@code examples/signers} pass every published signature vector, in
 * Python and in TypeScript, and their checks fail on a vector that says the wrong thing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceSignersTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final Path PYTHON = StackPaths.repository().resolve("examples/signers/python");
    private static final Path TYPESCRIPT = StackPaths.repository().resolve("examples/signers/typescript");
    private static final Path VECTORS = StackPaths.repository().resolve("signature-vectors");

    @BeforeAll
    void buildTheTypeScriptSigner() {
        Path tsc = TYPESCRIPT.resolve("node_modules/.bin/tsc");
        assertTrue(Files.isExecutable(tsc), "no TypeScript compiler in examples/signers/typescript: run scripts/lib/stack-tools");
        Processes.run(TYPESCRIPT, Map.of(), TIMEOUT, List.of(tsc.toString(), "-p", "tsconfig.json"));
    }

    @Test
    void pythonSignerPassesEveryVector() throws IOException {
        String output = Processes.run(PYTHON, Map.of(), TIMEOUT, List.of("python3", "check_vectors.py", VECTORS.toString()));
        assertEquals(vectorCount() + " passed, 0 failed", output.strip());
        System.out.println("signature vectors: python reference signer: " + output.strip());
    }

    @Test
    void typescriptSignerPassesEveryVector() throws IOException {
        String output = Processes.run(TYPESCRIPT, Map.of(), TIMEOUT, List.of("node", "dist/check-vectors.js", VECTORS.toString()));
        assertEquals(vectorCount() + " passed, 0 failed", output.strip());
        System.out.println("signature vectors: typescript reference signer: " + output.strip());
    }

    @Test
    void bothChecksFailOnAVectorWithTheWrongVerdict(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.list(VECTORS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Path tampered = dir.resolve("dstore-request-create-order.json");
        ObjectNode vector = (ObjectNode) SpecCases.JSON.readTree(tampered.toFile());
        vector.put("expected", "invalid");
        SpecCases.JSON.writeValue(tampered.toFile(), vector);

        Processes.Result python = Processes.start(PYTHON, Map.of(), TIMEOUT, List.of("python3", "check_vectors.py", dir.toString()));
        Processes.Result typescript = Processes.start(TYPESCRIPT, Map.of(), TIMEOUT, List.of("node", "dist/check-vectors.js", dir.toString()));
        for (Processes.Result result : List.of(python, typescript)) {
            assertEquals(1, result.exitCode(), result.output());
            assertTrue(result.output().contains("FAIL dstore-request-create-order.json: verified as valid, expected invalid"),
                    result.output());
        }
    }

    private static long vectorCount() throws IOException {
        try (Stream<Path> files = Files.list(VECTORS)) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }
}
