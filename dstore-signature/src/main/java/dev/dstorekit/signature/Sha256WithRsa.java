package dev.dstorekit.signature;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.RSAKey;

/**
 * SHA256withRSA (PKCS#1 v1.5) on raw bytes with an optional provider. Each thread reuses its own {@link Signature}
 * ({@code initSign}/{@code initVerify} reset it), which keeps signers and verifiers thread-safe without a provider
 * lookup per call: next to a native verification (~25 µs) the lookup costs a good part of the call.
 */
final class Sha256WithRsa {

    static final String JCA_NAME = "SHA256withRSA";

    private final Provider provider;
    private final ThreadLocal<Signature> perThread = ThreadLocal.withInitial(this::newSignature);

    Sha256WithRsa(Provider provider) {
        this.provider = provider;
    }

    byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = perThread.get();
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(JCA_NAME + " signing failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** @throws SignatureException if the signature is structurally unusable (e.g. wrong length for the key) */
    boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) throws SignatureException {
        Signature signature = perThread.get();
        try {
            signature.initVerify(key);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(JCA_NAME + " cannot use this public key: " + e.getClass().getSimpleName(), e);
        }
        signature.update(data);
        return signature.verify(signatureBytes);
    }

    /**
     * The key in the provider's own representation, converted once: a native provider (ACCP) would otherwise
     * convert a JDK key on every {@code initSign}, which costs as much as a good part of the signature itself.
     */
    <K extends Key> K nativeKey(K key, Class<K> type) {
        if (provider == null) {
            return key;
        }
        try {
            return type.cast(java.security.KeyFactory.getInstance("RSA", provider).translateKey(key));
        } catch (GeneralSecurityException | RuntimeException e) {
            return key; // the provider takes foreign keys, just more slowly
        }
    }

    /** {@code SHA256withRSA/<provider>} for the provider that actually handles {@code key}. */
    String describe(Key key) {
        Signature signature = newSignature();
        try {
            if (key instanceof PrivateKey privateKey) {
                signature.initSign(privateKey);
            } else {
                signature.initVerify((PublicKey) key);
            }
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalArgumentException(JCA_NAME + " cannot use this key: " + e.getClass().getSimpleName());
        }
        return JCA_NAME + "/" + signature.getProvider().getName();
    }

    private Signature newSignature() {
        try {
            return provider == null ? Signature.getInstance(JCA_NAME) : Signature.getInstance(JCA_NAME, provider);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(JCA_NAME + " is not available"
                    + (provider == null ? "" : " from provider " + provider.getName()), e);
        }
    }

    /**
     * Refuses keys that are not RSA or shorter than {@link RsaKeys#MIN_BITS}. Keys that hide their modulus
     * (hardware tokens) are accepted when their algorithm is RSA.
     *
     * @return the modulus size in bits, or -1 when the key does not expose it
     */
    static int requireStrongRsa(Key key) {
        if (key == null) {
            throw new IllegalArgumentException("key is null");
        }
        if (key instanceof RSAKey rsa) {
            int bits = rsa.getModulus().bitLength();
            if (bits < RsaKeys.MIN_BITS) {
                throw new IllegalArgumentException("not an RSA key of at least " + RsaKeys.MIN_BITS + " bits (got " + bits + ")");
            }
            return bits;
        }
        if (!"RSA".equalsIgnoreCase(key.getAlgorithm())) {
            throw new IllegalArgumentException("not an RSA key (got " + key.getAlgorithm() + ")");
        }
        return -1;
    }
}
