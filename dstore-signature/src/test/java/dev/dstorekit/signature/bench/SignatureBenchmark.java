package dev.dstorekit.signature.bench;

import dev.dstorekit.signature.CryptoProviders;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.signature.RsaSignatureVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;

/**
 * Signing and verifying one typical createOrder answer/request per provider: the figures that bound the
 * POS server's throughput (each answer is signed once). Run with {@code scripts/bench-crypto}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
public class SignatureBenchmark {

    @Param({"JDK", "ACCP"})
    public String provider;

    private RsaPayloadSigner signer;
    private RsaSignatureVerifier verifier;
    private String signature;
    private final byte[] body = ("{\"result\":{\"resultStatus\":\"S\",\"resultCode\":\"SUCCESS\",\"resultMessage\":\"success\"},"
            + "\"posOrderId\":\"POS-20261125-000042\",\"autoAccept\":true,\"orderStatus\":\"ACCEPTED\"}").getBytes(StandardCharsets.UTF_8);

    @Setup
    public void setUp() throws Exception {
        CryptoProviders.Choice choice = CryptoProviders.choose(!"ACCP".equals(provider));
        if (!provider.equals(choice.name())) {
            throw new IllegalStateException(provider + " is not available here: " + choice.reason());
        }
        Provider jca = choice.provider();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        signer = new RsaPayloadSigner(keys.getPrivate(), jca);
        verifier = new RsaSignatureVerifier(keys.getPublic(), jca);
        signature = sign();
    }

    @Benchmark
    public String sign() {
        return signer.sign("POST", "/v2/pos/createOrder", "375Y93*******P00050", "2026-11-25T12:00:00+08:00", body);
    }

    @Benchmark
    public boolean verify() {
        return verifier.verify("POST", "/v2/pos/createOrder", "375Y93*******P00050", "2026-11-25T12:00:00+08:00", body, signature).valid();
    }
}
