package dev.dstorekit.signature.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dstorekit.signature.Fixtures;
import dev.dstorekit.signature.Fixtures.Vector;
import dev.dstorekit.signature.RsaSignatureVerifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class DStoreSignTest {

    private static final Clock SINGAPORE = Clock.fixed(Instant.parse("2023-08-28T14:16:07Z"), ZoneId.of("Asia/Singapore"));
    private static final Vector V = Vector.load("worked-example");

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DStoreSign.run(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), SINGAPORE, args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(new byte[0], args);
    }

    private static String fixture(String name) {
        return Fixtures.path(name).toString();
    }

    private static List<String> message(Vector v, String keyOption, String keyFile) {
        return new ArrayList<>(List.of(keyOption, fixture(keyFile), "--client-id", v.clientId(),
                "--request-time", v.time(), "--uri", v.uri(), "--body-file", fixture("vectors/" + v.name() + "/body.json")));
    }

    @ParameterizedTest
    @FieldSource("dev.dstorekit.signature.Fixtures#VECTORS")
    void signPrintsTheHeaderOpensslMade(String name) {
        Vector v = Vector.load(name);
        List<String> args = message(v, "--private-key", v.privateKeyFile());
        args.add(0, "sign");
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(v.header() + System.lineSeparator(), r.out());
        assertEquals("", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.DSTORE_PRIVATE_PKCS1, Fixtures.DSTORE_PRIVATE_B64, Fixtures.DSTORE_PRIVATE_PKCS8})
    void signAcceptsEveryPrivateKeyFormat(String keyFile) {
        List<String> args = message(V, "--private-key", keyFile);
        args.add(0, "sign");
        Run r = run(args.toArray(String[]::new));
        assertEquals(V.header(), r.out().strip());
    }

    @Test
    void signReadsTheBodyFromStdinWithADash() {
        Run r = run(V.body(), "sign", "--private-key", fixture(Fixtures.DSTORE_PRIVATE_B64), "--client-id", V.clientId(),
                "--request-time", V.time(), "--uri", V.uri(), "--body-file", "-");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(V.header(), r.out().strip());
    }

    @Test
    void signWithoutRequestTimeUsesNowAndPrintsItToStderr() {
        Run r = run("sign", "--private-key", fixture(Fixtures.DSTORE_PRIVATE_PKCS8), "--client-id", V.clientId(),
                "--uri", V.uri(), "--body-file", fixture("vectors/worked-example/body.json"));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("Request-Time: 2023-08-28T22:16:07+08:00", r.err().strip());
        assertEquals(V.header(), r.out().strip()); // the fixed clock lands on the worked example's time
        assertTrue(new RsaSignatureVerifier(Fixtures.dstorePublicKey())
                .verify("POST", V.uri(), V.clientId(), "2023-08-28T22:16:07+08:00", V.body(), r.out().strip()).valid());
    }

    @Test
    void verifyPrintsValidAndExits0ForTheOpensslSignature() {
        List<String> args = message(V, "--public-key", Fixtures.DSTORE_PUBLIC_PKCS1);
        args.add(0, "verify");
        args.addAll(List.of("--signature", V.header()));
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("valid", r.out().strip());
    }

    @Test
    void verifyPrintsTheFailureAndExits1ForAWrongKey() {
        List<String> args = message(V, "--public-key", Fixtures.POS_PUBLIC);
        args.add(0, "verify");
        args.addAll(List.of("--signature", V.header()));
        Run r = run(args.toArray(String[]::new));
        assertEquals(1, r.exitCode());
        assertTrue(r.out().startsWith("invalid: SIGNATURE_MISMATCH: "), r.out());
    }

    @Test
    void verifyReportsAMalformedHeaderWithExit1() {
        List<String> args = message(V, "--public-key", Fixtures.DSTORE_PUBLIC_PEM);
        args.add(0, "verify");
        args.addAll(List.of("--signature", "algorithm=RSA256, keyVersion=1"));
        Run r = run(args.toArray(String[]::new));
        assertEquals(1, r.exitCode());
        assertTrue(r.out().startsWith("invalid: MALFORMED_HEADER: "), r.out());
    }

    @Test
    void explainWithoutSignatureExits0AndShowsTheStringToSign() {
        Run r = run("explain", "--client-id", V.clientId(), "--request-time", V.time(), "--uri", V.uri(),
                "--body-file", fixture("vectors/worked-example/body.json"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("POST /v2/pos/notifyOrderChange⏎"), r.out());
    }

    @Test
    void explainExits0WhenTheSignatureVerifies() {
        List<String> args = message(V, "--public-key", Fixtures.DSTORE_PUBLIC_B64);
        args.add(0, "explain");
        args.addAll(List.of("--signature", V.header()));
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.out());
        assertTrue(r.out().contains("VALID"), r.out());
    }

    @Test
    void explainExits1AndNamesTheCauseWhenItDoesNot(@TempDir Path dir) throws Exception {
        Path pretty = Files.writeString(dir.resolve("pretty.json"), "{\n  \"requestId\": \"ntf-20230828-0001\",\n"
                + "  \"requestOrderId\": \"2023082800000001\",\n  \"orderStatus\": \"ACCEPTED\"\n}\n");
        Run r = run("explain", "--public-key", fixture(Fixtures.DSTORE_PUBLIC_PEM), "--signature", V.header(),
                "--client-id", V.clientId(), "--request-time", V.time(), "--uri", V.uri(), "--body-file", pretty.toString());
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.out().contains("Likely cause: body re-formatted"), r.out());
    }

    @Test
    void explainWithASignatureButNoKeyExits1() {
        Run r = run("explain", "--signature", V.header(), "--client-id", V.clientId(), "--request-time", V.time(),
                "--uri", V.uri(), "--body-file", fixture("vectors/worked-example/body.json"));
        assertEquals(1, r.exitCode(), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.WEAK_1024_PRIVATE, Fixtures.EC_PRIVATE, Fixtures.DSTORE_PUBLIC_PEM, "README.md"})
    void badKeyFileExits2WithOneLineNamingTheOption(String keyFile) {
        List<String> args = message(V, "--private-key", keyFile);
        args.add(0, "sign");
        Run r = run(args.toArray(String[]::new));
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("dstore-sign: --private-key: "), r.err());
    }

    @Test
    void missingKeyFileExits2() {
        Run r = run("verify", "--public-key", "/no/such/key.pem", "--signature", V.header(), "--client-id", "c",
                "--request-time", "t", "--uri", "/u", "--body-file", fixture("vectors/empty/body.json"));
        assertEquals(2, r.exitCode());
        assertEquals("dstore-sign: --public-key: no such key file: /no/such/key.pem", r.err().strip());
    }

    @Test
    void missingBodyFileExits2() {
        Run r = run("sign", "--private-key", fixture(Fixtures.DSTORE_PRIVATE_PKCS8), "--client-id", "c",
                "--uri", "/u", "--body-file", "/no/such/body.json");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("dstore-sign: --body-file: cannot read /no/such/body.json"), r.err());
    }

    @Test
    void usageErrorsExit2() {
        assertEquals(2, run("sign", "--client-id", "c").exitCode());
        assertEquals(2, run("verify", "--bogus").exitCode());
        assertEquals(2, run("frobnicate").exitCode());
        assertEquals(2, run().exitCode());
    }

    @Test
    void helpAndVersionExit0() {
        Run help = run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("sign") && help.out().contains("verify") && help.out().contains("explain"), help.out());
        Run signHelp = run("sign", "--help");
        assertEquals(0, signHelp.exitCode());
        assertTrue(signHelp.out().contains("--private-key"), signHelp.out());
        Run version = run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("dstore-sign "), version.out());
    }
}
