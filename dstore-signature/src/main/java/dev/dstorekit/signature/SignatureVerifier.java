package dev.dstorekit.signature;

/**
 * Checks the {@code Signature} header of an incoming request or response against the peer's public key.
 * An interface so HTTP filters can be tested with a fake. Implementations are thread-safe and never throw
 * for bad input: every problem is reported in the returned {@link Verification}.
 */
public interface SignatureVerifier {

    /**
     * @param method {@code POST} (also for responses)
     * @param uri path plus query of the request, without scheme and host
     * @param clientId the {@code Client-Id} header value received
     * @param time the {@code Request-Time} (or {@code Response-Time}) header value received, verbatim
     * @param body the exact body bytes received
     * @param signatureHeader the {@code Signature} header value received, may be {@code null}
     */
    Verification verify(String method, String uri, String clientId, String time, byte[] body, String signatureHeader);
}
