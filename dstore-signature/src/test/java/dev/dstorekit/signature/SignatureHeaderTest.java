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
    void formatsTheDocumentedHeaderWithTheSignatureUrlEncoded() {
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
    void parsesSpacingOrderCaseAndPlainBase64ToTheSameHeader(String value) {
        SignatureHeader header = SignatureHeader.parse(value);
        assertEquals("RSA256", header.algorithm());
        assertEquals("1", header.keyVersion());
        assertEquals(B64, header.signature());
    }

    @Test
    void keepsPlusAsPlusWhenTheValueMixesEscapesAndPlainCharacters() {
        assertEquals("a+b/c=", SignatureHeader.parse("algorithm=RSA256, keyVersion=1, signature=a+b%2Fc%3D").signature());
    }

    @Test
    void keepsAlgorithmAndKeyVersionAsSentForTheVerifierToJudge() {
        SignatureHeader header = SignatureHeader.parse("algorithm=ECC224, keyVersion=7, signature=x");
        assertEquals("ECC224", header.algorithm());
        assertEquals("7", header.keyVersion());
    }

    @Test
    void roundTripsThroughFormatAndParse() {
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
    void refusesMalformedValuesWithAMessage(String value) {
        MalformedSignatureHeaderException e = assertThrows(MalformedSignatureHeaderException.class,
                () -> SignatureHeader.parse(value));
        assertTrue(e.getMessage().startsWith("Signature header"), e.getMessage());
    }

    @Test
    void namesTheMissingPair() {
        MalformedSignatureHeaderException e = assertThrows(MalformedSignatureHeaderException.class,
                () -> SignatureHeader.parse("algorithm=RSA256, keyVersion=1"));
        assertTrue(e.getMessage().contains("'signature='"), e.getMessage());
    }

    @Test
    void refusesNull() {
        assertThrows(MalformedSignatureHeaderException.class, () -> SignatureHeader.parse(null));
    }

    @Test
    void malformedHeaderExceptionIsAnIllegalArgumentException() {
        assertTrue(IllegalArgumentException.class.isAssignableFrom(MalformedSignatureHeaderException.class));
    }

    @Test
    void toStringDoesNotPrintTheWholeSignature() {
        String signature = "A".repeat(344);
        String text = SignatureHeader.rsa256(signature).toString();
        assertFalse(text.contains(signature.substring(0, 20)), text);
        assertTrue(text.contains("344 chars"), text);
    }
}
