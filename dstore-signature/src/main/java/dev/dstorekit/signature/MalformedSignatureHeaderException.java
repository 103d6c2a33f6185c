package dev.dstorekit.signature;

/**
 * Thrown when a {@code Signature} header value cannot be read as {@code algorithm=…, keyVersion=…, signature=…}.
 * It is an {@link IllegalArgumentException} so callers may treat it as bad input; the message says what is
 * wrong without repeating the signature value.
 */
public final class MalformedSignatureHeaderException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public MalformedSignatureHeaderException(String message) {
        super(message);
    }
}
