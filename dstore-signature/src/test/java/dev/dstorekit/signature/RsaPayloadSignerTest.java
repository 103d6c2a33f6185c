package dev.dstorekit.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

class RsaPayloadSignerTest {

    private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    @Test
    void headerHasTheDocumentedShape() {
        String header = new RsaPayloadSigner(Fixtures.dstorePrivateKey()).sign("POST", "/v2/pos/syncProduct", "c", "t", BODY);
        assertTrue(header.matches("algorithm=RSA256, keyVersion=1, signature=[A-Za-z0-9%]+"), header);
        assertEquals(344, SignatureHeader.parse(header).signature().length());
    }

    @Test
    void oneSignerIsSafeToShareBetweenThreads() throws Exception {
        RsaPayloadSigner signer = new RsaPayloadSigner(Fixtures.dstorePrivateKey());
        RsaSignatureVerifier verifier = new RsaSignatureVerifier(Fixtures.dstorePublicKey());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String time = Integer.toString(1_700_000_000 + i);
                byte[] body = ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8);
                results.add(pool.submit(() -> {
                    String header = signer.sign("POST", "/p", "c", time, body);
                    return verifier.verify("POST", "/p", "c", time, body, header).valid()
                            && header.equals(signer.sign("POST", "/p", "c", time, body));
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExplicitProviderMakesTheSameSignatureAsTheJdk() {
        Provider bc = new BouncyCastleProvider(); // passed in, never registered globally
        PrivateKey key = Fixtures.dstorePrivateKey();
        RsaPayloadSigner jdk = new RsaPayloadSigner(key);
        RsaPayloadSigner withBc = new RsaPayloadSigner(key, bc);
        assertEquals(jdk.sign("POST", "/p", "c", "t", BODY), withBc.sign("POST", "/p", "c", "t", BODY));
        assertEquals("SHA256withRSA/BC", withBc.algorithmProvider());
        assertTrue(jdk.algorithmProvider().startsWith("SHA256withRSA/"), jdk.algorithmProvider());
        assertTrue(new RsaSignatureVerifier(Fixtures.dstorePublicKey(), bc)
                .verify("POST", "/p", "c", "t", BODY, jdk.sign("POST", "/p", "c", "t", BODY)).valid());
    }

    @Test
    void refusesWeakAndNonRsaKeys() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        PrivateKey weak = rsa.generateKeyPair().getPrivate();
        assertThrows(IllegalArgumentException.class, () -> new RsaPayloadSigner(weak));
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        PrivateKey ecKey = ec.generateKeyPair().getPrivate();
        assertThrows(IllegalArgumentException.class, () -> new RsaPayloadSigner(ecKey));
        assertThrows(IllegalArgumentException.class, () -> new RsaPayloadSigner(null));
    }

    @Test
    void signsResponsesWithTheResponseTimeTheSameWay() {
        Fixtures.Vector v = Fixtures.Vector.load("pos-response");
        String header = new RsaPayloadSigner(Fixtures.posPrivateKey()).sign("POST", v.uri(), v.clientId(), v.time(), v.body());
        assertEquals(v.header(), header);
    }
}
