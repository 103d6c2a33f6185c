package dev.dstorekit.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureHeaderTest {

    private static final String B64 = "ab+/cd==";

    @Test
    void formats_the_documented_header_with_the_signature_url_encoded() {
        assertEquals("algorithm=RSA256, keyVersion=1, signature=ab%2B%2Fcd%3D%3D", SignatureHeader.rsa256(B64).format());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "algorithm=RSA256, keyVersion=1, signature=ab%2B%2Fcd%3D%3D",
            "algorithm=RSA256,keyVersion=1,signature=ab%2B%2Fcd%3D%3D",
            "  algorithm=RSA256 ,  keyVersion=1 ,signature=ab%2B%2Fcd%3D%3D  ",
            "signature=ab%2B%2Fcd%3D%3D, algorithm=RSA256, keyVersion=1",
            "keyVersion=1,signature=ab%2b%2fcd%3d%3d,algorithm=RSA256",
            "algorithm=RSA256, keyVersion=1, signature=ab+/cd==",
            "Algorithm=RSA256, KEYVERSION=1, Signature=ab%2B%2Fcd%3D%3D, extra=ignored"})
    void parses_spacing_order_case_and_plain_base64_to_the_same_header(String value) {
        SignatureHeader header = SignatureHeader.parse(value);
        assertEquals("RSA256", header.algorithm());
        assertEquals("1", header.keyVersion());
        assertEquals(B64, header.signature());
    }

    @Test
    void keeps_plus_as_plus_when_the_value_mixes_escapes_and_plain_characters() {
        assertEquals("a+b/c=", SignatureHeader.parse("algorithm=RSA256, keyVersion=1, signature=a+b%2Fc%3D").signature());
    }

    @Test
    void keeps_algorithm_and_key_version_as_sent_for_the_verifier_to_judge() {
        SignatureHeader header = SignatureHeader.parse("algorithm=ECC224, keyVersion=7, signature=x");
        assertEquals("ECC224", header.algorithm());
        assertEquals("7", header.keyVersion());
    }

    @Test
    void round_trips_through_format_and_parse() {
        SignatureHeader header = SignatureHeader.rsa256(B64);
        assertEquals(header, SignatureHeader.parse(header.format()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "algorithm=RSA256, keyVersion=1",
            "algorithm=RSA256, keyVersion=1, signature=",
            "keyVersion=1, signature=abc",
            "algorithm=RSA256, signature=abc",
            "algorithm=RSA256, keyVersion=, signature=abc",
            "algorithm=RSA256, keyVersion=1, signature=abc, signature=def",
            "algorithm=RSA256, keyVersion=1, abc",
            "RSA256 abc",
            "algorithm=RSA256, keyVersion=1, signature=ab%2",
            "algorithm=RSA256, keyVersion=1, signature=ab%zz",
            "   "})
    void refuses_malformed_values_with_a_message(String value) {
        MalformedSignatureHeaderException e = assertThrows(MalformedSignatureHeaderException.class,
                () -> SignatureHeader.parse(value));
        assertTrue(e.getMessage().startsWith("Signature header"), e.getMessage());
    }

    @Test
    void names_the_missing_pair() {
        MalformedSignatureHeaderException e = assertThrows(MalformedSignatureHeaderException.class,
                () -> SignatureHeader.parse("algorithm=RSA256, keyVersion=1"));
        assertTrue(e.getMessage().contains("'signature='"), e.getMessage());
    }

    @Test
    void refuses_null() {
        assertThrows(MalformedSignatureHeaderException.class, () -> SignatureHeader.parse(null));
    }

    @Test
    void malformed_header_exception_is_an_illegal_argument_exception() {
        assertTrue(IllegalArgumentException.class.isAssignableFrom(MalformedSignatureHeaderException.class));
    }

    @Test
    void to_string_does_not_print_the_whole_signature() {
        String signature = "A".repeat(344);
        String text = SignatureHeader.rsa256(signature).toString();
        assertFalse(text.contains(signature.substring(0, 20)), text);
        assertTrue(text.contains("344 chars"), text);
    }
}
