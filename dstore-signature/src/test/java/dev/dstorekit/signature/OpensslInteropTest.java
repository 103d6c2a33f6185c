package dev.dstorekit.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dstorekit.signature.Fixtures.Vector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Our SHA256withRSA against openssl's, in both directions, byte for byte. */
class OpensslInteropTest {

    @ParameterizedTest
    @FieldSource("dev.dstorekit.signature.Fixtures#VECTORS")
    void javaSigningReproducesTheOpensslHeaderExactly(String name) {
        Vector v = Vector.load(name);
        String header = new RsaPayloadSigner(v.privateKey()).sign(v.method(), v.uri(), v.clientId(), v.time(), v.body());
        assertEquals(v.header(), header);
    }

    @Test
    void workedExampleSignedWithTheTestKeyGivesTheRecordedOpensslValue() {
        String body = "{\"requestId\":\"ntf-20230828-0001\",\"requestOrderId\":\"2023082800000001\",\"orderStatus\":\"ACCEPTED\"}";
        String header = new RsaPayloadSigner(Fixtures.dstorePrivateKey()).sign("POST", "/v2/pos/notifyOrderChange",
                "375Y93*******P00050", "2023-08-28T22:16:07+08:00", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(Fixtures.text("vectors/worked-example/signature-header.txt").strip(), header);
    }

    @ParameterizedTest
    @FieldSource("dev.dstorekit.signature.Fixtures#VECTORS")
    void opensslSignaturesVerifyInJava(String name) {
        Vector v = Vector.load(name);
        Verification result = new RsaSignatureVerifier(v.publicKey())
                .verify(v.method(), v.uri(), v.clientId(), v.time(), v.body(), v.header());
        assertEquals(Verification.ok(), result);
    }

    @ParameterizedTest
    @FieldSource("dev.dstorekit.signature.Fixtures#VECTORS")
    void javaSignaturesVerifyWithOpenssl(String name, @TempDir Path dir) throws Exception {
        Openssl.assumeAvailable();
        Vector v = Vector.load(name);
        String header = new RsaPayloadSigner(v.privateKey()).sign(v.method(), v.uri(), v.clientId(), v.time(), v.body());
        byte[] signature = Base64.getDecoder().decode(SignatureHeader.parse(header).signature());
        assertTrue(Openssl.verify(Fixtures.path(v.publicKeyFile()), v.stringToSign(), signature, dir));
    }

    @Test
    void freshRandomBodySignedInJavaVerifiesWithOpensslAndViceVersa(@TempDir Path dir) throws Exception {
        Openssl.assumeAvailable();
        byte[] body = new byte[777];
        new Random(42).nextBytes(body); // arbitrary bytes, including invalid UTF-8, CR and LF
        byte[] sts = StringToSign.of("POST", "/v2/pos/pushOrderChange", "POS-TEST-CLIENT-0001", "1700000000123", body);

        String header = new RsaPayloadSigner(Fixtures.posPrivateKey())
                .sign("POST", "/v2/pos/pushOrderChange", "POS-TEST-CLIENT-0001", "1700000000123", body);
        byte[] javaSignature = Base64.getDecoder().decode(SignatureHeader.parse(header).signature());
        assertTrue(Openssl.verify(Fixtures.path(Fixtures.POS_PUBLIC), sts, javaSignature, dir));

        byte[] opensslSignature = Openssl.sign(Fixtures.path(Fixtures.POS_PRIVATE), sts, dir);
        String opensslHeader = SignatureHeader.rsa256(Base64.getEncoder().encodeToString(opensslSignature)).format();
        assertEquals(header, opensslHeader);
        assertTrue(new RsaSignatureVerifier(Fixtures.posPublicKey()).verify("POST", "/v2/pos/pushOrderChange",
                "POS-TEST-CLIENT-0001", "1700000000123", body, opensslHeader).valid());
    }
}
