package dev.dstorekit.conformance.preflight;

import dev.dstorekit.testsupport.SelfSignedCertificate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dstorekit.conformance.ConformanceMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dstore-conformance preflight}: the findings printed and the exit status a CI job acts on. */
class PreflightCommandTest {

    private static SelfSignedCertificate tls;

    @TempDir
    Path dir;

    @BeforeAll
    static void certificate() {
        tls = SelfSignedCertificate.forLoopback();
    }

    private record Run(int exitCode, String out) {
    }

    private static Run preflight(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PreflightCommand command = new PreflightCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                tls.trustingClient(), Clock.systemUTC());
        int code = new CommandLine(command).execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exitsZeroWhenEveryCheckPassesAgainstAReachableGateway() {
        try (LoopbackGateway gateway = LoopbackGateway.https(tls.server())) {
            Path production = TestResources.production().with("dstore.gatewayEndpoint", gateway.uri().toString())
                    .write(dir.resolve("production.yml"));
            Path sandbox = TestResources.sandbox().write(dir.resolve("sandbox.yml"));

            Run run = preflight("--resources", production.toString(), "--sandbox", sandbox.toString());

            assertEquals(PreflightCommand.OK, run.exitCode(), run.out());
            assertTrue(run.out().contains("PASS    tls-handshake"), run.out());
            assertTrue(run.out().contains("PASS    clock"), run.out());
            assertTrue(run.out().contains("10 checks, 0 failed, 0 skipped"), run.out());
        }
    }

    @Test
    void exitsOneAndExplainsEachFinding() {
        Path production = TestResources.production().with("pos.gatewayEndpoint", "http://pos.example.com")
                .write(dir.resolve("production.yml"));

        Run run = preflight("--resources", production.toString(), "--offline");

        assertEquals(PreflightCommand.FINDINGS, run.exitCode(), run.out());
        assertTrue(run.out().contains("FAIL    pos-endpoint-https       pos.gatewayEndpoint is http://pos.example.com: it"
                + " must be https://"), run.out());
        assertTrue(run.out().contains("SKIPPED tls-handshake            --offline"), run.out());
    }

    @Test
    void exitsTwoOnAFileThatCannotBeChecked() {
        Path broken = TestResources.production().with("dstore.clientId", null).write(dir.resolve("production.yml"));

        Run invalid = preflight("--resources", broken.toString(), "--offline");
        Run missing = preflight("--resources", dir.resolve("absent.yml").toString());

        assertEquals(PreflightCommand.UNUSABLE_INPUT, invalid.exitCode());
        assertTrue(invalid.out().contains("dstore.clientId: required"), invalid.out());
        assertEquals(PreflightCommand.UNUSABLE_INPUT, missing.exitCode());
    }

    @Test
    void isACommandOfTheConformanceSuite() {
        Path production = TestResources.production().with("environment", "sandbox").write(dir.resolve("production.yml"));
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertEquals(PreflightCommand.FINDINGS,
                    ConformanceMain.execute("preflight", "--resources", production.toString(), "--offline"));
        } finally {
            System.setOut(stdout);
        }
    }
}
