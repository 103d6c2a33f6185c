package dev.dstorekit.signature;

import java.util.Objects;

/**
 * The outcome of checking a {@code Signature} header. A value instead of an exception, so a server can map
 * every failure to D-Store's {@code INVALID_SIGNATURE} answer and still log which check failed.
 *
 * @param valid whether the signature verified
 * @param failure {@link Failure#NONE} when valid, else which check failed
 * @param detail a human explanation; never contains key material or the whole signature
 */
public record Verification(boolean valid, Failure failure, String detail) {

    /** Which check failed, in the order they are made. */
    public enum Failure {
        /** The signature verified. */
        NONE,
        /** No {@code Signature} header (null or blank). */
        MISSING_HEADER,
        /** The header is not {@code algorithm=…, keyVersion=…, signature=…}. */
        MALFORMED_HEADER,
        /** The algorithm is not {@code RSA256}. */
        UNSUPPORTED_ALGORITHM,
        /** The signature value is not (URL-encoded) standard Base64. */
        SIGNATURE_NOT_BASE64,
        /** The signature does not match the string to sign under the configured public key. */
        SIGNATURE_MISMATCH
    }

    public Verification {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(detail, "detail");
        if (valid != (failure == Failure.NONE)) {
            throw new IllegalArgumentException("valid=" + valid + " contradicts failure=" + failure);
        }
    }

    /** A successful verification. */
    public static Verification ok() {
        return new Verification(true, Failure.NONE, "signature verified");
    }

    /** A failed verification; {@code failure} must not be {@link Failure#NONE}. */
    public static Verification failed(Failure failure, String detail) {
        return new Verification(false, failure, detail);
    }
}
