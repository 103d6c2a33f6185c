package dev.dstorekit.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dstorekit.signature.Explanation.Status;
import dev.dstorekit.signature.Fixtures.Vector;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Each deliberate mistake must be named in the report. */
class SignatureExplainerTest {

    private static final Vector COMPACT = Vector.load("worked-example");
    private static final Vector PRETTY = Vector.load("pretty");
    private static final Vector NON_ASCII = Vector.load("non-ascii");

    private static Explanation explain(Vector v, String uri, String time, byte[] body, String header) {
        return SignatureExplainer.explain(v.method(), uri, v.clientId(), time, body, header, v.publicKey());
    }

    private static void assertCause(Explanation e, String expected) {
        assertEquals(Status.INVALID, e.status(), e.report());
        assertTrue(e.cause() != null && e.cause().contains(expected), "cause should mention '" + expected + "':\n" + e.report());
        assertTrue(e.report().contains("Likely cause: "), e.report());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void validSignatureReportShowsTheVisibleStringToSignItsLengthAndSha256() {
        Explanation e = explain(COMPACT, COMPACT.uri(), COMPACT.time(), COMPACT.body(), COMPACT.header());
        assertEquals(Status.VALID, e.status());
        assertTrue(e.verified());
        assertNull(e.cause());
        assertTrue(e.report().contains("POST /v2/pos/notifyOrderChange⏎\n375Y93*******P00050.2023-08-28T22:16:07+08:00.{"),
                e.report());
        assertTrue(e.report().contains("171 bytes"), e.report());
        assertTrue(e.report().contains(Digests.sha256Hex(COMPACT.stringToSign())), e.report());
        assertTrue(e.report().contains("VALID"), e.report());
    }

    @Test
    void withoutASignatureOnlyTheStringToSignIsShown() {
        Explanation e = SignatureExplainer.explain("POST", "/v2/pos/createOrder", "c", "2023-08-28T22:16:07+08:00",
                utf8("{}"), null, null);
        assertEquals(Status.NOT_CHECKED, e.status());
        assertTrue(e.warnings().isEmpty(), e.warnings().toString());
        assertTrue(e.report().contains("POST /v2/pos/createOrder⏎"), e.report());
    }

    @Test
    void warnsWithoutASignatureAboutAHostInTheUriCrCharactersAndInvalidJson() {
        Explanation e = SignatureExplainer.explain("POST", "https://pos.example.com/v2/pos/createOrder", "c",
                "2023-08-28T22:16:07+08:00", utf8("{\"a\":1,\r\n"), null, null);
        String warnings = String.join("\n", e.warnings());
        assertTrue(warnings.contains("URI contains a scheme and host"), warnings);
        assertTrue(warnings.contains("CR (\\r)"), warnings);
        assertTrue(warnings.contains("not valid JSON"), warnings);
        assertTrue(e.report().contains(e.warnings().get(0)), e.report());
    }

    @Test
    void namesAReIndentedBody() {
        byte[] pretty = utf8("{\n  \"requestId\": \"ntf-20230828-0001\",\n  \"requestOrderId\": \"2023082800000001\",\n"
                + "  \"orderStatus\": \"ACCEPTED\"\n}");
        Explanation e = explain(COMPACT, COMPACT.uri(), COMPACT.time(), pretty, COMPACT.header());
        assertCause(e, "re-indented");
        assertTrue(e.report().contains("The signature verifies over this string to sign instead"), e.report());
    }

    @Test
    void namesAMinifiedBody() {
        byte[] minified = utf8("{\"requestId\":\"inq-20230828-0007\",\"posOrderId\":\"POS-0007\",\"items\":[{\"sku\":\"A1\",\"quantity\":2}]}");
        Explanation e = explain(PRETTY, PRETTY.uri(), PRETTY.time(), minified, PRETTY.header());
        assertCause(e, "minified");
        assertTrue(e.cause().contains("2-space"), e.cause());
    }

    @Test
    void namesABodyIndentedWithFourSpacesInsteadOfTwo() {
        byte[] fourSpaces = new String(PRETTY.body(), StandardCharsets.UTF_8).replace("  ", "    ")
                .getBytes(StandardCharsets.UTF_8);
        assertCause(explain(PRETTY, PRETTY.uri(), PRETTY.time(), fourSpaces, PRETTY.header()), "2-space");
    }

    @Test
    void namesCrlfLineEndings() {
        byte[] crlf = new String(PRETTY.body(), StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        Explanation e = explain(PRETTY, PRETTY.uri(), PRETTY.time(), crlf, PRETTY.header());
        assertCause(e, "CRLF");
        assertTrue(e.cause().contains("LF line endings"), e.cause());
    }

    @Test
    void namesATrailingNewlineAddedToTheBody() {
        byte[] withNewline = (new String(COMPACT.body(), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        assertCause(explain(COMPACT, COMPACT.uri(), COMPACT.time(), withNewline, COMPACT.header()), "trailing newline added");
    }

    @Test
    void namesAUriGivenWithSchemeAndHost() {
        Explanation e = explain(COMPACT, "https://pos.example.com" + COMPACT.uri(), COMPACT.time(), COMPACT.body(),
                COMPACT.header());
        assertCause(e, "scheme and host");
    }

    @Test
    void namesAUriWithoutLeadingSlash() {
        Explanation e = explain(COMPACT, COMPACT.uri().substring(1), COMPACT.time(), COMPACT.body(), COMPACT.header());
        assertCause(e, "leading '/'");
    }

    @Test
    void namesEpochMillisecondsSignedButIsoSent() {
        // the pretty vector was signed with Request-Time 1693232167000
        Explanation e = explain(PRETTY, PRETTY.uri(), "2023-08-28T22:16:07+08:00", PRETTY.body(), PRETTY.header());
        assertCause(e, "epoch milliseconds '1693232167000'");
    }

    @Test
    void namesIsoSignedButEpochMillisecondsSent() {
        Explanation e = explain(COMPACT, COMPACT.uri(), "1693232167000", COMPACT.body(), COMPACT.header());
        assertCause(e, "ISO 8601 form '2023-08-28T22:16:07+08:00'");
    }

    @Test
    void namesNonAsciiCharactersEscapedAfterSigning() {
        String escaped = new String(NON_ASCII.body(), StandardCharsets.UTF_8).replace("鸡饭", "\\u9e21\\u996d");
        Explanation e = explain(NON_ASCII, NON_ASCII.uri(), NON_ASCII.time(), utf8(escaped), NON_ASCII.header());
        assertCause(e, "escaped as \\uXXXX");
    }

    @Test
    void namesABodySignedWithEscapedNonAsciiButSentRaw() throws Exception {
        String raw = new String(NON_ASCII.body(), StandardCharsets.UTF_8);
        StringBuilder escaped = new StringBuilder();
        raw.chars().forEach(c -> escaped.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        String header = new RsaPayloadSigner(NON_ASCII.privateKey()).sign("POST", NON_ASCII.uri(), NON_ASCII.clientId(),
                NON_ASCII.time(), utf8(escaped.toString()));
        assertCause(explain(NON_ASCII, NON_ASCII.uri(), NON_ASCII.time(), NON_ASCII.body(), header), "lower-case hex");
    }

    @Test
    void namesASignatureValueUrlEncodedTwice() {
        String sig = SignatureHeader.parse(COMPACT.header()).signature();
        String twice = URLEncoder.encode(URLEncoder.encode(sig, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        Explanation e = explain(COMPACT, COMPACT.uri(), COMPACT.time(), COMPACT.body(),
                "algorithm=RSA256, keyVersion=1, signature=" + twice);
        assertCause(e, "double URL-encoded");
    }

    @Test
    void namesASignatureWhosePlusSignsBecameSpaces() {
        String sig = SignatureHeader.parse(COMPACT.header()).signature();
        assertTrue(sig.contains("+"), "fixture signature should contain '+'");
        Explanation e = explain(COMPACT, COMPACT.uri(), COMPACT.time(), COMPACT.body(),
                "algorithm=RSA256, keyVersion=1, signature=" + sig.replace('+', ' '));
        assertCause(e, "not URL-encoded");
    }

    @Test
    void namesADifferentKeyWhenAnotherPrivateKeySigned() {
        String header = new RsaPayloadSigner(Fixtures.posPrivateKey()).sign("POST", COMPACT.uri(), COMPACT.clientId(),
                COMPACT.time(), COMPACT.body());
        Explanation e = explain(COMPACT, COMPACT.uri(), COMPACT.time(), COMPACT.body(), header);
        assertCause(e, "different key");
        assertTrue(e.cause().contains("public key does not match the private key"), e.cause());
    }

    @Test
    void namesADifferentClientIdOrRequestTimeWhenTheKeyMatchesButNothingElseExplainsIt() {
        Explanation e = SignatureExplainer.explain("POST", COMPACT.uri(), "375Y93*******P00051", COMPACT.time(),
                COMPACT.body(), COMPACT.header(), COMPACT.publicKey());
        assertCause(e, "different Client-Id/Request-Time");
        assertTrue(e.cause().contains(Digests.sha256Hex(COMPACT.stringToSign())), "names the digest that was signed");
    }

    @Test
    void namesASignatureMadeWithSha1() throws Exception {
        Signature sha1 = Signature.getInstance("SHA1withRSA");
        sha1.initSign(COMPACT.privateKey());
        sha1.update(COMPACT.stringToSign());
        String header = SignatureHeader.rsa256(Base64.getEncoder().encodeToString(sha1.sign())).format();
        assertCause(explain(COMPACT, COMPACT.uri(), COMPACT.time(), COMPACT.body(), header), "SHA1withRSA");
    }

    @Test
    void namesACrlfBetweenTheTwoLinesOfTheStringToSign() throws Exception {
        byte[] wrong = utf8("POST " + COMPACT.uri() + "\r\n" + COMPACT.clientId() + "." + COMPACT.time() + "."
                + new String(COMPACT.body(), StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(COMPACT.privateKey());
        rsa.update(wrong);
        String header = SignatureHeader.rsa256(Base64.getEncoder().encodeToString(rsa.sign())).format();
        assertCause(explain(COMPACT, COMPACT.uri(), COMPACT.time(), COMPACT.body(), header), "CRLF (\\r\\n) between the two lines");
    }

    @Test
    void combinesTwoMistakes() {
        byte[] pretty = utf8("{\n    \"requestId\": \"ntf-20230828-0001\",\n    \"requestOrderId\": \"2023082800000001\",\n"
                + "    \"orderStatus\": \"ACCEPTED\"\n}\n");
        Explanation e = explain(COMPACT, "http://localhost:8080" + COMPACT.uri(), COMPACT.time(), pretty, COMPACT.header());
        assertCause(e, "re-indented");
        assertTrue(e.cause().contains("scheme and host"), e.cause());
    }

    @Test
    void malformedHeaderAndUnknownAlgorithmAreReportedWithoutASearch() {
        assertCause(explain(COMPACT, COMPACT.uri(), COMPACT.time(), COMPACT.body(), "algorithm=RSA256, keyVersion=1"),
                "malformed Signature header");
        assertCause(explain(COMPACT, COMPACT.uri(), COMPACT.time(), COMPACT.body(), COMPACT.header().replace("RSA256", "ECC224")),
                "unsupported algorithm");
    }

    @Test
    void signatureWithoutPublicKeyIsNotChecked() {
        Explanation e = SignatureExplainer.explain("POST", COMPACT.uri(), COMPACT.clientId(), COMPACT.time(),
                COMPACT.body(), COMPACT.header(), null);
        assertEquals(Status.NOT_CHECKED, e.status());
        assertTrue(e.report().contains("no public key given"), e.report());
    }

    @Test
    void reportNeverContainsTheWholeSignature() {
        String sig = SignatureHeader.parse(COMPACT.header()).signature();
        Explanation e = explain(COMPACT, COMPACT.uri(), "1693232167000", COMPACT.body(), COMPACT.header());
        assertFalse(e.report().contains(sig.substring(0, 24)), e.report());
        assertFalse(e.report().contains(COMPACT.header().substring(50, 74)), e.report());
    }
}
