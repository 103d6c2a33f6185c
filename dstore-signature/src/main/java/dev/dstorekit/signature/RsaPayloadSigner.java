package dev.dstorekit.signature;

import java.security.PrivateKey;
import java.security.Provider;
import java.util.Base64;

/**
 * Signs with SHA256withRSA and the caller's RSA private key (≥ 2048 bits) and formats the {@code Signature}
 * header. The key is parsed once by the caller (see {@link RsaKeys}); each call is independent, so one
 * instance can serve all threads.
 */
public final class RsaPayloadSigner implements PayloadSigner {

    private final PrivateKey key;
    private final Sha256WithRsa rsa;
    private final String algorithmProvider;

    /** Signs with the JDK's default provider for SHA256withRSA. */
    public RsaPayloadSigner(PrivateKey key) {
        this(key, null);
    }

    /**
     * @param provider the JCA provider to sign with (e.g. a faster native one), or {@code null} for the JDK default
     * @throws IllegalArgumentException if the key is not RSA of at least {@value RsaKeys#MIN_BITS} bits
     */
    public RsaPayloadSigner(PrivateKey key, Provider provider) {
        Sha256WithRsa.requireStrongRsa(key);
        this.rsa = new Sha256WithRsa(provider);
        this.key = rsa.nativeKey(key, PrivateKey.class);
        this.algorithmProvider = rsa.describe(key);
    }

    @Override
    public String sign(String method, String uri, String clientId, String time, byte[] body) {
        byte[] raw = rsa.sign(key, StringToSign.of(method, uri, clientId, time, body));
        return SignatureHeader.rsa256(Base64.getEncoder().encodeToString(raw)).format();
    }

    @Override
    public String algorithmProvider() {
        return algorithmProvider;
    }

    @Override
    public String toString() {
        return "RsaPayloadSigner[" + algorithmProvider + "]";
    }
}
