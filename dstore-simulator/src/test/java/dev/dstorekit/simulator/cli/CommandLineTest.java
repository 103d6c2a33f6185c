package dev.dstorekit.simulator.cli;

import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.simulator.Simulator;
import dev.dstorekit.simulator.support.Console;
import dev.dstorekit.simulator.support.TestSignature;
import dev.dstorekit.testsupport.TestKeys;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line without a POS: help, usage errors, configuration errors naming their key, the signature tool. */
class CommandLineTest {

    @Test
    void helpListsEveryCommandAndExitsZero() {
        Console.Run run = Console.capture(() -> Simulator.execute("--help"));

        assertEquals(0, run.exitCode());
        for (String command : List.of("serve", "run", "scenario", "scenarios", "load", "sign", "verify", "explain")) {
            assertTrue(run.out().contains("  " + command + " "), command + " missing in\n" + run.out());
        }
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        Console.Run run = Console.capture(() -> Simulator.execute("run", "happy-pickup", "--colour", "blue"));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option") && run.err().contains("--colour"), run.err());
    }

    @Test
    void aMissingKeyStopsStartUpNamingIt() {
        Console.Run run = Console.capture(() -> Simulator.execute("serve", "--port", "0"));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("simulator.client-id: not set"), run.err());
    }

    @Test
    void aKeyThatIsNotAKeyStopsStartUpNamingItsSetting() {
        Console.Run run = Console.capture(() -> Simulator.execute(withKeys("serve", "--port", "0", "--dstore-private-key", "bm90IGEga2V5")));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("simulator.dstore-private-key:"), run.err());
        assertTrue(!run.err().contains(TestKeys.base64(TestKeys.DSTORE.getPrivate()).substring(0, 40)), "never echoes key material");
    }

    @Test
    void aBadClockSpeedAndABadPosUrlStopStartUpNamingTheirKeys() {
        Console.Run speed = Console.capture(() -> Simulator.execute(withKeys("serve", "--port", "0", "--clock-speed", "0")));
        Console.Run url = Console.capture(() -> Simulator.execute(withKeys("serve", "--port", "0", "--pos-url", "ftp://pos")));
        Console.Run driver = Console.capture(() -> Simulator.execute(withKeys("serve", "--port", "0", "--merchant-driver", "/no/such/file.yaml")));
        Console.Run fault = Console.capture(() -> Simulator.execute(withKeys("serve", "--port", "0", "--fault", "*:EXPLODE")));

        assertTrue(speed.err().contains("simulator.clock-speed:"), speed.err());
        assertTrue(url.err().contains("simulator.pos.gateway-url:"), url.err());
        assertTrue(driver.err().contains("simulator.merchant-driver:"), driver.err());
        assertTrue(fault.err().contains("simulator.faults:"), fault.err());
        assertEquals(List.of(2, 2, 2, 2), List.of(speed.exitCode(), url.exitCode(), driver.exitCode(), fault.exitCode()));
    }

    @Test
    void runWithoutAPosUrlCannotRun() {
        Console.Run run = Console.capture(() -> Simulator.execute(withKeys("run", "happy-pickup", "--port", "0", "--report-dir",
                tempDir().toString())));

        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("simulator.pos.gateway-url: not set"), run.out() + run.err());
    }

    @Test
    void scenariosListsTheShippedOnes() {
        Console.Run run = Console.capture(() -> Simulator.execute("scenarios"));

        assertEquals(0, run.exitCode());
        assertEquals(12, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("foodpanda-cancel-after-complete"));
        assertTrue(run.out().contains("sandbox-mix"));
    }

    @Test
    void signIsTheSignatureTool() throws Exception {
        Path directory = tempDir();
        Path key = directory.resolve("dstore-test-only-private.pem");
        Files.writeString(key, RsaKeys.pem(TestKeys.DSTORE.getPrivate()));
        Path body = directory.resolve("body.json");
        Files.writeString(body, "{\"requestOrderId\":\"1\"}");

        Console.Run run = Console.capture(() -> Simulator.execute("sign", "--private-key=" + key, "--client-id=" + TestSignature.CLIENT_ID,
                "--uri=/v2/pos/inquireOrderDetail", "--request-time=2024-03-15T12:00:00+08:00", "--body-file=" + body));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("algorithm=RSA256"), run.out());
    }

    static String[] withKeys(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--client-id", TestSignature.CLIENT_ID, "--dstore-private-key", TestKeys.base64(TestKeys.DSTORE.getPrivate()),
                "--pos-public-key", TestKeys.base64(TestKeys.POS.getPublic())));
        // a later --dstore-private-key given in args wins over the default one
        int first = all.indexOf("--dstore-private-key");
        int last = all.lastIndexOf("--dstore-private-key");
        if (first != last) {
            all.remove(last + 1);
            all.remove(last);
        }
        return all.toArray(String[]::new);
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("cli-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
