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
    void accepts_the_openssl_signature_of_the_worked_example() {
        Verification result = verify(V.uri(), V.clientId(), V.time(), V.body(), V.header());
        assertTrue(result.valid());
        assertEquals(Failure.NONE, result.failure());
    }

    enum Part { BODY, URI, CLIENT_ID, REQUEST_TIME }

    @ParameterizedTest
    @EnumSource(Part.class)
    void changing_any_single_byte_of_a_part_breaks_verification(Part part) {
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
    void a_different_method_breaks_verification() {
        assertEquals(Failure.SIGNATURE_MISMATCH,
                VERIFIER.verify("PUT", V.uri(), V.clientId(), V.time(), V.body(), V.header()).failure());
    }

    @Test
    void appending_a_newline_to_the_body_breaks_verification() {
        byte[] body = Arrays.copyOf(V.body(), V.body().length + 1);
        body[body.length - 1] = '\n';
        assertEquals(Failure.SIGNATURE_MISMATCH, verify(V.uri(), V.clientId(), V.time(), body, V.header()).failure());
    }

    @Test
    void the_wrong_public_key_fails_with_signature_mismatch() {
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
    void header_with_or_without_spaces_and_in_any_order_verifies(String header) {
        assertTrue(verify(V.uri(), V.clientId(), V.time(), V.body(), header).valid(), header);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void missing_header_is_reported_as_missing(String header) {
        assertEquals(Failure.MISSING_HEADER, verify(V.uri(), V.clientId(), V.time(), V.body(), header).failure());
    }

    @ParameterizedTest
    @ValueSource(strings = {"algorithm=RSA256, keyVersion=1", "algorithm=RSA256, keyVersion=1, signature=",
            "keyVersion=1, signature=abc", "nonsense"})
    void header_without_a_signature_pair_or_otherwise_broken_is_malformed(String header) {
        Verification result = verify(V.uri(), V.clientId(), V.time(), V.body(), header);
        assertEquals(Failure.MALFORMED_HEADER, result.failure());
        assertTrue(result.detail().startsWith("Signature header"), result.detail());
    }

    @Test
    void unknown_algorithm_is_unsupported() {
        String header = V.header().replace("RSA256", "ECC224");
        Verification result = verify(V.uri(), V.clientId(), V.time(), V.body(), header);
        assertEquals(Failure.UNSUPPORTED_ALGORITHM, result.failure());
        assertTrue(result.detail().contains("ECC224"), result.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not*base64!", "abc%2525def", "ab cd", "ab-_cd"})
    void non_base64_signature_is_reported_as_such(String value) {
        Verification result = verify(V.uri(), V.clientId(), V.time(), V.body(),
                "algorithm=RSA256, keyVersion=1, signature=" + value);
        assertEquals(Failure.SIGNATURE_NOT_BASE64, result.failure());
    }

    @Test
    void truncated_signature_is_a_mismatch_that_names_the_lengths() {
        String sig = SignatureHeader.parse(V.header()).signature();
        Verification result = verify(V.uri(), V.clientId(), V.time(), V.body(),
                SignatureHeader.rsa256(sig.substring(0, 100)).format());
        assertEquals(Failure.SIGNATURE_MISMATCH, result.failure());
        assertTrue(result.detail().contains("256-byte"), result.detail());
    }

    @Test
    void mismatch_detail_gives_the_string_to_sign_digest_but_no_signature() {
        Verification result = verify(V.uri(), V.clientId(), "2023-08-28T22:16:08+08:00", V.body(), V.header());
        assertTrue(result.detail().contains("SHA-256 "), result.detail());
        String sig = SignatureHeader.parse(V.header()).signature();
        assertFalse(result.detail().contains(sig.substring(0, 16)), result.detail());
    }

    @Test
    void missing_client_id_or_time_fails_instead_of_throwing() {
        assertEquals(Failure.SIGNATURE_MISMATCH, verify(V.uri(), null, V.time(), V.body(), V.header()).failure());
        assertEquals(Failure.SIGNATURE_MISMATCH, verify(V.uri(), V.clientId(), null, V.body(), V.header()).failure());
    }

    @Test
    void refuses_weak_public_keys_at_construction() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        PublicKey weak = generator.generateKeyPair().getPublic();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RsaSignatureVerifier(weak));
        assertTrue(e.getMessage().contains("2048"), e.getMessage());
    }

    @Test
    void verification_values_are_consistent() {
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
