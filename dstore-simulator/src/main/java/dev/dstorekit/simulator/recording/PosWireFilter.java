package dev.dstorekit.simulator.recording;

import dev.dstorekit.signature.micronaut.SignatureHeaders;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;

import java.nio.charset.StandardCharsets;

/**
 * Catches the bytes of each call to the POS into the caller's {@link PosWire}: the request after the signature
 * filter signed it, the answer before any filter judged it.
 */
@ClientFilter(serviceId = "pos")
public final class PosWireFilter implements Ordered {

    /**
     * Request filters run in ascending order, response filters in reverse: above the signature filter (0) and the
     * answer checks (100), this sees the request last and the answer first.
     */
    public static final int ORDER = 200;

    @RequestFilter
    public void sent(HttpRequest<?> request) {
        PosWire.current().ifPresent(wire -> wire.sent(request.getMethodName(), SignatureExplanations.signedUri(request),
                bytes(request.getBody().orElse(null))));
    }

    @ResponseFilter
    public void received(HttpResponse<?> response) {
        PosWire.current().ifPresent(wire -> wire.received(response.getBody(byte[].class).orElse(new byte[0]),
                response.getHeaders().get(SignatureHeaders.CLIENT_ID),
                response.getHeaders().get(SignatureHeaders.RESPONSE_TIME),
                response.getHeaders().get(SignatureHeaders.SIGNATURE)));
    }

    private static byte[] bytes(Object body) {
        if (body == null) {
            return new byte[0];
        }
        return body instanceof byte[] bytes ? bytes : String.valueOf(body).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
