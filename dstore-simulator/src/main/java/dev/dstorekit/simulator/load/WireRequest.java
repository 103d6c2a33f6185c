package dev.dstorekit.simulator.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A signed createOrder as the bytes that go on the wire. Encoded once before the run, so sending one costs a single
 * write: no header objects and no encoding on the event loop while the clock runs.
 */
final class WireRequest {

    private WireRequest() {
    }

    static byte[] createOrder(String host, String clientId, String requestTime, String signature, byte[] body) {
        byte[] head = ("POST " + LoadGenerator.PATH + " HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + "Content-Type: application/json; charset=UTF-8\r\n"
                + "Client-Id: " + clientId + "\r\n"
                + "Request-Time: " + requestTime + "\r\n"
                + "Signature: " + signature + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] wire = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, wire, head.length, body.length);
        return wire;
    }
}
