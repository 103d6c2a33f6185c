package dev.dstorekit.signature;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CryptoProvidersTest {

    static final byte[] BODY = "{\"requestId\":\"r-1\",\"note\":\"鸡饭\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void accpIsChosenOnLinuxX8664() {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux")
                && System.getProperty("os.arch").matches("amd64|x86_64"), "ACCP ships natives for linux-x86_64 only");
        CryptoProviders.Choice choice = CryptoProviders.choose(false);
        assertEquals("ACCP", choice.name(), choice.reason());
        assertTrue(new RsaPayloadSigner(generate().getPrivate(), choice.provider()).algorithmProvider().contains("Corretto"));
    }

    @Test
    void configurationCanForceTheJdkProvider() {
        CryptoProviders.Choice choice = CryptoProviders.choose(true);
        assertEquals("JDK", choice.name());
        assertNull(choice.provider());
    }

    @Test
    void accpAndJdkProduceTheSameSignatureBytesAndVerifyEachOther() throws Exception {
        CryptoProviders.Choice choice = CryptoProviders.choose(false);
        assumeTrue(choice.isAccp(), choice.reason());
        KeyPair keys = generate();
        String jdk = new RsaPayloadSigner(keys.getPrivate()).sign("POST", "/v2/pos/createOrder", "C", "T", BODY);
        String accp = new RsaPayloadSigner(keys.getPrivate(), choice.provider()).sign("POST", "/v2/pos/createOrder", "C", "T", BODY);

        assertEquals(jdk, accp, "PKCS#1 v1.5 signatures are deterministic: both providers must agree byte for byte");
        assertTrue(new RsaSignatureVerifier(keys.getPublic(), choice.provider()).verify("POST", "/v2/pos/createOrder", "C", "T", BODY, jdk).valid());
        assertTrue(new RsaSignatureVerifier(keys.getPublic()).verify("POST", "/v2/pos/createOrder", "C", "T", BODY, accp).valid());
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
