package dev.dstorekit.signature;

/**
 * Signs an outgoing request or response the D-Store way and returns the {@code Signature} header value.
 * An interface so the HTTP layers can be tested with a fake and the crypto provider can be swapped.
 * Implementations are thread-safe.
 */
public interface PayloadSigner {

    /**
     * @param method {@code POST} (also for responses)
     * @param uri path plus query of the request, without scheme and host
     * @param clientId the {@code Client-Id} header value sent with the message
     * @param time the {@code Request-Time} (or {@code Response-Time}) header value sent with the message
     * @param body the exact body bytes that go on the wire
     * @return the Signature header value, e.g. {@code algorithm=RSA256, keyVersion=1, signature=…}
     */
    String sign(String method, String uri, String clientId, String time, byte[] body);

    /** The algorithm and the security provider doing the work, for start-up logs, e.g. {@code SHA256withRSA/SunRsaSign}. */
    String algorithmProvider();
}
