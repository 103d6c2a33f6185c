package dev.dstorekit.signature.micronaut;

/** Header names of the D-Store signature scheme (matched case-insensitively by Micronaut). */
public final class SignatureHeaders {
    public static final String CLIENT_ID = "Client-Id";
    public static final String REQUEST_TIME = "Request-Time";
    public static final String RESPONSE_TIME = "Response-Time";
    public static final String SIGNATURE = "Signature";
    /** What every signed body is sent as; the charset is the one the bytes were signed in. */
    public static final String JSON_UTF8 = "application/json; charset=UTF-8";

    private SignatureHeaders() {
    }
}
