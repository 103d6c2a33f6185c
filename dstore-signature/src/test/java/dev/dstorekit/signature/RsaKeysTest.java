package dev.dstorekit.signature;

import static dev.dstorekit.signature.Fixtures.path;
import static dev.dstorekit.signature.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RsaKeysTest {

    private static final String PRIVATE_SETTING = "dstore.private-key";
    private static final String PUBLIC_SETTING = "dstore.public-key";

    static Stream<Arguments> privateKeyForms() {
        String pkcs8 = text(Fixtures.DSTORE_PRIVATE_PKCS8);
        return Stream.of(
                Arguments.of("PEM PKCS#8 inline", pkcs8),
                Arguments.of("PEM PKCS#1 inline", text(Fixtures.DSTORE_PRIVATE_PKCS1)),
                Arguments.of("base64 PKCS#8 DER inline (D-Store)", text(Fixtures.DSTORE_PRIVATE_B64)),
                Arguments.of("PEM PKCS#8 file", path(Fixtures.DSTORE_PRIVATE_PKCS8).toString()),
                Arguments.of("PEM PKCS#1 file", path(Fixtures.DSTORE_PRIVATE_PKCS1).toString()),
                Arguments.of("base64 file", path(Fixtures.DSTORE_PRIVATE_B64).toString()),
                Arguments.of("PEM flattened with literal \\n", pkcs8.replace("\n", "\\n")),
                Arguments.of("PEM flattened with spaces", pkcs8.replace("\n", " ")),
                Arguments.of("PEM with CRLF", pkcs8.replace("\n", "\r\n")));
    }

    static Stream<Arguments> publicKeyForms() {
        String pem = text(Fixtures.DSTORE_PUBLIC_PEM);
        return Stream.of(
                Arguments.of("PEM X.509 inline", pem),
                Arguments.of("PEM PKCS#1 inline", text(Fixtures.DSTORE_PUBLIC_PKCS1)),
                Arguments.of("base64 X.509 DER inline (D-Store)", text(Fixtures.DSTORE_PUBLIC_B64)),
                Arguments.of("PEM X.509 file", path(Fixtures.DSTORE_PUBLIC_PEM).toString()),
                Arguments.of("PEM PKCS#1 file", path(Fixtures.DSTORE_PUBLIC_PKCS1).toString()),
                Arguments.of("base64 file", path(Fixtures.DSTORE_PUBLIC_B64).toString()),
                Arguments.of("PEM flattened with literal \\n", pem.replace("\n", "\\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("privateKeyForms")
    void everyAcceptedPrivateKeyFormatYieldsTheSameKey(String form, String value) {
        PrivateKey reference = RsaKeys.privateKey(path(Fixtures.DSTORE_PRIVATE_PKCS8).toString(), PRIVATE_SETTING);
        PrivateKey key = RsaKeys.privateKey(value, PRIVATE_SETTING);
        assertEquals("RSA", key.getAlgorithm());
        assertArrayEquals(reference.getEncoded(), key.getEncoded());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicKeyForms")
    void everyAcceptedPublicKeyFormatYieldsTheSameKey(String form, String value) {
        PublicKey reference = RsaKeys.publicKey(path(Fixtures.DSTORE_PUBLIC_PEM).toString(), PUBLIC_SETTING);
        PublicKey key = RsaKeys.publicKey(value, PUBLIC_SETTING);
        assertArrayEquals(reference.getEncoded(), key.getEncoded());
    }

    @Test
    void privateAndPublicFixturesAreOneKeyPair() {
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) Fixtures.dstorePrivateKey();
        java.security.interfaces.RSAPublicKey publicKey = (java.security.interfaces.RSAPublicKey) Fixtures.dstorePublicKey();
        assertEquals(publicKey.getModulus(), privateKey.getModulus());
        assertEquals(2048, publicKey.getModulus().bitLength());
    }

    @Test
    void binaryDerFilesAreAccepted(@TempDir Path dir) throws Exception {
        PublicKey reference = Fixtures.dstorePublicKey();
        Path der = Files.write(dir.resolve("public.der"), reference.getEncoded());
        assertArrayEquals(reference.getEncoded(), RsaKeys.publicKey(der.toString(), PUBLIC_SETTING).getEncoded());
    }

    @Test
    void weak1024BitPrivateKeyIsRefusedNamingTheSettingWithoutKeyMaterial() {
        InvalidKeyException e = assertThrows(InvalidKeyException.class,
                () -> RsaKeys.privateKey(text(Fixtures.WEAK_1024_PRIVATE), PRIVATE_SETTING));
        assertEquals("dstore.private-key: not an RSA key of at least 2048 bits (got 1024)", e.getMessage());
        assertEquals(PRIVATE_SETTING, e.setting());
        assertNoKeyMaterial(e, text(Fixtures.WEAK_1024_PRIVATE));
    }

    @Test
    void weak1024BitPublicKeyIsRefusedNamingTheSetting() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        String b64 = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        InvalidKeyException e = assertThrows(InvalidKeyException.class, () -> RsaKeys.publicKey(b64, PUBLIC_SETTING));
        assertEquals("dstore.public-key: not an RSA key of at least 2048 bits (got 1024)", e.getMessage());
        assertNoKeyMaterial(e, b64);
    }

    @Test
    void ecPrivateKeyIsRefusedNamingTheSettingWithoutKeyMaterial() {
        InvalidKeyException e = assertThrows(InvalidKeyException.class,
                () -> RsaKeys.privateKey(path(Fixtures.EC_PRIVATE).toString(), PRIVATE_SETTING));
        assertEquals("dstore.private-key: not an RSA key (got EC)", e.getMessage());
        assertNoKeyMaterial(e, text(Fixtures.EC_PRIVATE));
    }

    @Test
    void ecPublicKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        String b64 = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        InvalidKeyException e = assertThrows(InvalidKeyException.class, () -> RsaKeys.publicKey(b64, PUBLIC_SETTING));
        assertEquals("dstore.public-key: not an RSA key (got EC)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage!", "", "   ", "AAAA", "TUlJQg==",
            "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END PRIVATE KEY-----",
            "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----",
            "/no/such/dir/key.pem"})
    void garbageIsRefusedWithTheSettingNamed(String value) {
        InvalidKeyException e = assertThrows(InvalidKeyException.class, () -> RsaKeys.privateKey(value, PRIVATE_SETTING));
        assertTrue(e.getMessage().startsWith("dstore.private-key: "), e.getMessage());
        InvalidKeyException p = assertThrows(InvalidKeyException.class, () -> RsaKeys.publicKey(value, PUBLIC_SETTING));
        assertTrue(p.getMessage().startsWith("dstore.public-key: "), p.getMessage());
    }

    @Test
    void nullIsRefused() {
        assertThrows(InvalidKeyException.class, () -> RsaKeys.privateKey(null, PRIVATE_SETTING));
    }

    @Test
    void aMissingFileIsNamedInTheMessage() {
        InvalidKeyException e = assertThrows(InvalidKeyException.class,
                () -> RsaKeys.publicKey("/no/such/dir/dstore.pem", PUBLIC_SETTING));
        assertEquals("dstore.public-key: no such key file: /no/such/dir/dstore.pem", e.getMessage());
    }

    @Test
    void damagedBase64KeyIsRefusedWithoutEchoingIt() {
        String b64 = text(Fixtures.DSTORE_PRIVATE_B64).strip();
        String damaged = b64.substring(0, 200) + b64.substring(260);
        InvalidKeyException e = assertThrows(InvalidKeyException.class, () -> RsaKeys.privateKey(damaged, PRIVATE_SETTING));
        assertNoKeyMaterial(e, damaged);
    }

    @Test
    void aPublicKeyInThePrivateKeySettingIsRefused() {
        for (String value : List.of(text(Fixtures.DSTORE_PUBLIC_PEM), text(Fixtures.DSTORE_PUBLIC_B64))) {
            InvalidKeyException e = assertThrows(InvalidKeyException.class, () -> RsaKeys.privateKey(value, PRIVATE_SETTING));
            assertTrue(e.getMessage().contains("public key"), e.getMessage());
        }
    }

    @Test
    void aPrivateKeyInThePublicKeySettingIsRefused() {
        for (String value : List.of(text(Fixtures.DSTORE_PRIVATE_PKCS8), text(Fixtures.DSTORE_PRIVATE_PKCS1),
                text(Fixtures.DSTORE_PRIVATE_B64))) {
            InvalidKeyException e = assertThrows(InvalidKeyException.class, () -> RsaKeys.publicKey(value, PUBLIC_SETTING));
            assertTrue(e.getMessage().contains("private key"), e.getMessage());
            assertNoKeyMaterial(e, value);
        }
    }

    @Test
    void minimumIs2048Bits() {
        assertEquals(2048, RsaKeys.MIN_BITS);
    }

    /** No 12-character run of the key's base64 appears in the message. */
    private static void assertNoKeyMaterial(Exception e, String keyText) {
        String base64 = keyText.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s+", "");
        for (int i = 0; i + 12 <= base64.length(); i += 4) {
            String run = base64.substring(i, i + 12);
            assertFalse(e.getMessage().contains(run), "message leaks key material: " + e.getMessage());
        }
        assertEquals(null, e.getCause(), "no cause that could carry key material");
    }
}
