package dev.dstorekit.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dstorekit.signature.Fixtures.Vector;
import dev.dstorekit.signature.Verification.Failure;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RsaSignatureVerifierTest {

    private static final Vector V = Vector.load("worked-example");
    private static final RsaSignatureVerifier VERIFIER = new RsaSignatureVerifier(V.publicKey());

    private static Verification verify(String uri, String clientId, String time, byte[] body, String header) {
        return VERIFIER.verify("POST", uri, clientId, time, body, header);
    }

    @Test
    void acceptsTheOpensslSignatureOfTheWorkedExample() {
        Verification result = verify(V.uri(), V.clientId(), V.time(), V.body(), V.header());
        assertTrue(result.valid());
        assertEquals(Failure.NONE, result.failure());
    }

    enum Part { BODY, URI, CLIENT_ID, REQUEST_TIME }

    @ParameterizedTest
    @EnumSource(Part.class)
    void changingAnySingleByteOfAPartBreaksVerification(Part part) {
        int length = switch (part) {
            case BODY -> V.body().length;
            case URI -> V.uri().length();
            case CLIENT_ID -> V.clientId().length();
            case REQUEST_TIME -> V.time().length();
        };
        for (int i = 0; i < length; i++) {
            byte[] body = V.body();
            String uri = V.uri();
            String clientId = V.clientId();
            String time = V.time();
            switch (part) {
                case BODY -> {
                    body = Arrays.copyOf(body, body.length);
                    body[i] ^= 0x01;
                }
                case URI -> uri = flip(uri, i);
                case CLIENT_ID -> clientId = flip(clientId, i);
                case REQUEST_TIME -> time = flip(time, i);
            }
            Verification result = verify(uri, clientId, time, body, V.header());
            assertEquals(Failure.SIGNATURE_MISMATCH, result.failure(), part + " byte " + i);
            assertFalse(result.valid());
        }
    }

    @Test
    void aDifferentMethodBreaksVerification() {
        assertEquals(Failure.SIGNATURE_MISMATCH,
                VERIFIER.verify("PUT", V.uri(), V.clientId(), V.time(), V.body(), V.header()).failure());
    }

    @Test
    void appendingANewlineToTheBodyBreaksVerification() {
        byte[] body = Arrays.copyOf(V.body(), V.body().length + 1);
        body[body.length - 1] = '\n';
        assertEquals(Failure.SIGNATURE_MISMATCH, verify(V.uri(), V.clientId(), V.time(), body, V.header()).failure());
    }

    @Test
    void theWrongPublicKeyFailsWithSignatureMismatch() {
        Verification result = new RsaSignatureVerifier(Fixtures.posPublicKey())
                .verify("POST", V.uri(), V.clientId(), V.time(), V.body(), V.header());
        assertEquals(Failure.SIGNATURE_MISMATCH, result.failure());
    }

    static Stream<String> headerSpellings() {
        String sig = SignatureHeader.parse(V.header()).signature();
        String enc = V.header().substring(V.header().indexOf("signature=") + "signature=".length());
        return Stream.of(
                "algorithm=RSA256, keyVersion=1, signature=" + enc,
                "algorithm=RSA256,keyVersion=1,signature=" + enc,
                "signature=" + enc + ", keyVersion=1, algorithm=RSA256",
                "keyVersion=1,signature=" + enc + ",algorithm=RSA256",
                "  algorithm=RSA256 , keyVersion=1 , signature=" + enc + "  ",
                "algorithm=RSA256, keyVersion=1, signature=" + sig);
    }

    @ParameterizedTest(name = "spelling {index}")
    @MethodSource("headerSpellings")
    void headerWithOrWithoutSpacesAndInAnyOrderVerifies(String header) {
        assertTrue(verify(V.uri(), V.clientId(), V.time(), V.body(), header).valid(), header);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void missingHeaderIsReportedAsMissing(String header) {
        assertEquals(Failure.MISSING_HEADER, verify(V.uri(), V.clientId(), V.time(), V.body(), header).failure());
    }

    @ParameterizedTest
    @ValueSource(strings = {"algorithm=RSA256, keyVersion=1", "algorithm=RSA256, keyVersion=1, signature=",
            "keyVersion=1, signature=abc", "nonsense"})
    void headerWithoutASignaturePairOrOtherwiseBrokenIsMalformed(String header) {
        Verification result = verify(V.uri(), V.clientId(), V.time(), V.body(), header);
        assertEquals(Failure.MALFORMED_HEADER, result.failure());
        assertTrue(result.detail().startsWith("Signature header"), result.detail());
    }

    @Test
    void unknownAlgorithmIsUnsupported() {
        String header = V.header().replace("RSA256", "ECC224");
        Verification result = verify(V.uri(), V.clientId(), V.time(), V.body(), header);
        assertEquals(Failure.UNSUPPORTED_ALGORITHM, result.failure());
        assertTrue(result.detail().contains("ECC224"), result.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not*base64!", "abc%2525def", "ab cd", "ab-_cd"})
    void nonBase64SignatureIsReportedAsSuch(String value) {
        Verification result = verify(V.uri(), V.clientId(), V.time(), V.body(),
                "algorithm=RSA256, keyVersion=1, signature=" + value);
        assertEquals(Failure.SIGNATURE_NOT_BASE64, result.failure());
    }

    @Test
    void truncatedSignatureIsAMismatchThatNamesTheLengths() {
        String sig = SignatureHeader.parse(V.header()).signature();
        Verification result = verify(V.uri(), V.clientId(), V.time(), V.body(),
                SignatureHeader.rsa256(sig.substring(0, 100)).format());
        assertEquals(Failure.SIGNATURE_MISMATCH, result.failure());
        assertTrue(result.detail().contains("256-byte"), result.detail());
    }

    @Test
    void mismatchDetailGivesTheStringToSignDigestButNoSignature() {
        Verification result = verify(V.uri(), V.clientId(), "2023-08-28T22:16:08+08:00", V.body(), V.header());
        assertTrue(result.detail().contains("SHA-256 "), result.detail());
        String sig = SignatureHeader.parse(V.header()).signature();
        assertFalse(result.detail().contains(sig.substring(0, 16)), result.detail());
    }

    @Test
    void missingClientIdOrTimeFailsInsteadOfThrowing() {
        assertEquals(Failure.SIGNATURE_MISMATCH, verify(V.uri(), null, V.time(), V.body(), V.header()).failure());
        assertEquals(Failure.SIGNATURE_MISMATCH, verify(V.uri(), V.clientId(), null, V.body(), V.header()).failure());
    }

    @Test
    void refusesWeakPublicKeysAtConstruction() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        PublicKey weak = generator.generateKeyPair().getPublic();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RsaSignatureVerifier(weak));
        assertTrue(e.getMessage().contains("2048"), e.getMessage());
    }

    @Test
    void verificationValuesAreConsistent() {
        assertThrows(IllegalArgumentException.class, () -> Verification.failed(Failure.NONE, "x"));
        assertThrows(IllegalArgumentException.class, () -> new Verification(true, Failure.SIGNATURE_MISMATCH, "x"));
        assertTrue(Verification.ok().valid());
    }

    private static String flip(String s, int i) {
        char[] chars = s.toCharArray();
        chars[i] ^= 0x01;
        return new String(chars);
    }
}
