package dev.dstorekit.conformance.client;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exactly what the suite puts on the wire: the operation, the body bytes and the D-Store headers
 * (Client-Id, Request-Time, Signature) — built by hand so that they can also be built wrong on purpose.
 *
 * @param operation the operation called (its path is appended to the target URL)
 * @param body      the exact body bytes sent
 * @param headers   the headers sent besides Content-Type; a header that is absent is not sent
 */
public record OutgoingCall(Operation operation, byte[] body, Map<String, String> headers) {

    public OutgoingCall {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
