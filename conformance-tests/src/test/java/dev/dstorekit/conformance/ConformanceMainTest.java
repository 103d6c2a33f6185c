package dev.dstorekit.conformance;

import dev.dstorekit.conformance.pos.Flaw;
import dev.dstorekit.conformance.pos.PemFiles;
import dev.dstorekit.conformance.pos.TestPos;
import dev.dstorekit.conformance.report.ConformanceReportListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The standalone command line: the flags, key files, reports, and exit status 0 / 1 / 2. */
class ConformanceMainTest {

    @Test
    void exitsZeroAndWritesJunitXmlAndMarkdownWhenEveryCasePasses(@TempDir Path dir) throws Exception {
        int port = SuiteRun.freePort();
        try (TestPos pos = TestPos.start(Set.<Flaw>of(), SuiteRun.dstoreUrl(port), Duration.ZERO)) {
            Path reports = dir.resolve("reports");

            int status = ConformanceMain.execute(args(pos.url().toString(), PemFiles.write(dir), reports,
                    "--product-id", "CR-ROAST", "--product-id", "DR-LEMONTEA", "--timing-calls", "3",
                    "--dstore-port", Integer.toString(port), "--outbound-wait", "3s", "--seed", "4711",
                    "--generated-requests", "2").toArray(String[]::new));

            assertEquals(0, status, () -> read(reports.resolve(ConformanceReportListener.FILE)));
            String xml = Files.readString(reports.resolve("TEST-junit-jupiter.xml"));
            assertTrue(xml.contains("failures=\"0\"") && xml.contains("errors=\"0\""), xml.substring(0, 400));
            assertTrue(xml.contains("tamperedBodyIsRefused"), "the XML lists the cases");
            String report = read(reports.resolve(ConformanceReportListener.FILE));
            assertTrue(report.contains("**Result: PASSED**"));
            assertTrue(report.contains("Generated requests: seed 4711 (given), 2 per data-acceptance case; the same requests"
                    + " again with --seed 4711 (-Ddstore.conformance.seed=4711)"), report);
            assertTrue(xml.contains("maxLengthNonBmpStringsAreStored"), "the data-acceptance cases ran");
        }
    }

    @Test
    void exitsOneWhenACaseFails(@TempDir Path dir) {
        int nobodyListens = SuiteRun.freePort();

        int status = ConformanceMain.execute(args("http://localhost:" + nobodyListens, PemFiles.write(dir),
                dir.resolve("reports"), "--product-id", "CR-ROAST", "--timing-calls", "1", "--outbound-wait", "0s",
                "--generated-requests", "1").toArray(String[]::new));

        assertEquals(1, status);
        assertTrue(read(dir.resolve("reports").resolve(ConformanceReportListener.FILE)).contains("**Result: FAILED**"));
    }

    @Test
    void exitsTwoOnBadUsage(@TempDir Path dir) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, ConformanceMain.execute("--client-id", "X"), "required flags missing");
            List<String> missingKey = args("http://localhost:1", PemFiles.write(dir), dir.resolve("reports"));
            missingKey.set(missingKey.indexOf("--dstore-private-key") + 1, dir.resolve("no-such-key.pem").toString());
            assertEquals(2, ConformanceMain.execute(missingKey.toArray(String[]::new)), "unreadable key file");
        } finally {
            System.setErr(err);
        }
        String messages = captured.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("Missing required options"), messages);
        assertTrue(messages.contains("--dstore-private-key: no such key file"), messages);
    }

    /** The flags with the test store and generated key files. */
    private static List<String> args(String target, Path keys, Path reports, String... more) {
        List<String> args = new ArrayList<>(List.of("--target", target, "--client-id", TestPos.CLIENT_ID,
                "--dstore-private-key", keys.resolve("dstore-private.pem").toString(),
                "--pos-public-key", keys.resolve("pos-public.pem").toString(),
                "--pos-account-id", TestPos.ACCOUNT, "--pos-store-id", TestPos.STORE,
                "--report-dir", reports.toString()));
        args.addAll(List.of(more));
        return args;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }
}
