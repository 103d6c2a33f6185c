package dev.dstorekit.signature;

import dev.dstorekit.signature.Verification.Failure;
import java.security.PublicKey;
import java.security.Provider;
import java.security.SignatureException;
import java.util.Base64;

/**
 * Verifies {@code Signature: algorithm=RSA256, …} headers with the peer's RSA public key (≥ 2048 bits).
 * It rebuilds the string to sign from the received values, URL-decodes and Base64-decodes the signature and
 * reports the first failing check; one instance can serve all threads.
 */
public final class RsaSignatureVerifier implements SignatureVerifier {

    private final PublicKey key;
    private final Sha256WithRsa rsa;
    private final int keyBits;

    /** Verifies with the JDK's default provider for SHA256withRSA. */
    public RsaSignatureVerifier(PublicKey key) {
        this(key, null);
    }

    /**
     * @param provider the JCA provider to verify with, or {@code null} for the JDK default
     * @throws IllegalArgumentException if the key is not RSA of at least {@value RsaKeys#MIN_BITS} bits
     */
    public RsaSignatureVerifier(PublicKey key, Provider provider) {
        this.keyBits = Sha256WithRsa.requireStrongRsa(key);
        this.rsa = new Sha256WithRsa(provider);
        this.key = rsa.nativeKey(key, PublicKey.class);
        rsa.describe(key); // fails now, not on the first request, if the provider cannot use the key
    }

    @Override
    public Verification verify(String method, String uri, String clientId, String time, byte[] body,
                               String signatureHeader) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            return Verification.failed(Failure.MISSING_HEADER, "no Signature header");
        }
        SignatureHeader header;
        try {
            header = SignatureHeader.parse(signatureHeader);
        } catch (MalformedSignatureHeaderException e) {
            return Verification.failed(Failure.MALFORMED_HEADER, e.getMessage());
        }
        if (!SignatureHeader.RSA256.equals(header.algorithm())) {
            return Verification.failed(Failure.UNSUPPORTED_ALGORITHM,
                    "algorithm '" + abbreviate(header.algorithm()) + "' is not supported, only RSA256");
        }
        byte[] signatureBytes;
        try {
            signatureBytes = Base64.getDecoder().decode(header.signature());
        } catch (IllegalArgumentException e) {
            return Verification.failed(Failure.SIGNATURE_NOT_BASE64, notBase64Detail(header.signature()));
        }
        if (clientId == null || time == null) {
            return Verification.failed(Failure.SIGNATURE_MISMATCH, (clientId == null ? "no Client-Id" : "no time")
                    + " header, so the string to sign cannot be rebuilt");
        }
        byte[] stringToSign = StringToSign.of(method, uri, clientId, time, body);
        int expectedLength = keyBits < 0 ? -1 : (keyBits + 7) / 8;
        if (expectedLength > 0 && signatureBytes.length != expectedLength) {
            return Verification.failed(Failure.SIGNATURE_MISMATCH, "signature is " + signatureBytes.length
                    + " bytes, a " + keyBits + "-bit key makes " + expectedLength + "-byte signatures");
        }
        try {
            if (rsa.verify(key, stringToSign, signatureBytes)) {
                return Verification.ok();
            }
        } catch (SignatureException e) {
            return Verification.failed(Failure.SIGNATURE_MISMATCH, "signature unusable: " + e.getMessage());
        }
        return Verification.failed(Failure.SIGNATURE_MISMATCH, "signature does not match the string to sign ("
                + stringToSign.length + " bytes, SHA-256 " + Digests.sha256Hex(stringToSign)
                + ") under the configured public key; 'dstore-sign explain' shows why");
    }

    private static String notBase64Detail(String value) {
        String hint;
        if (value.indexOf('%') >= 0) {
            hint = "it still contains %-escapes after URL-decoding: was it URL-encoded twice?";
        } else if (value.indexOf(' ') >= 0) {
            hint = "it contains spaces: a '+' may have been turned into a space by form-decoding";
        } else if (value.indexOf('-') >= 0 || value.indexOf('_') >= 0) {
            hint = "it uses the URL-safe alphabet ('-', '_'); D-Store uses standard Base64";
        } else {
            hint = "it has characters outside the Base64 alphabet or wrong padding";
        }
        return "signature value (" + value.length() + " chars) is not standard Base64: " + hint;
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
