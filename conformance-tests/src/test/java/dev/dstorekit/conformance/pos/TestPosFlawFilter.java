package dev.dstorekit.conformance.pos;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.nio.charset.StandardCharsets;

/** Outermost on the POS paths, so it spoils answers after they were signed: the wire-level flaws. */
@ServerFilter("/v2/pos/**")
@Requires(property = TestPosConfig.PREFIX + ".client-id")
class TestPosFlawFilter implements Ordered {

    private final TestPosConfig config;

    TestPosFlawFilter(TestPosConfig config) {
        this.config = config;
    }

    @ResponseFilter
    @SuppressWarnings("unchecked")
    public void spoil(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (config.has(Flaw.UNSIGNED_ANSWERS)) {
            response.getHeaders().remove("Signature");
            response.getHeaders().remove("Response-Time");
            response.getHeaders().remove("Client-Id");
        }
        if (config.has(Flaw.HTTP_500_ON_BAD_INPUT)) {
            Object body = response.getBody().orElse(null);
            if (body instanceof byte[] bytes && new String(bytes, StandardCharsets.UTF_8).contains("PARAM_ILLEGAL")) {
                response.status(HttpStatus.INTERNAL_SERVER_ERROR);
                ((MutableHttpResponse<Object>) response).body(("java.lang.IllegalArgumentException: bad input\n"
                        + "\tat com.example.pos.OrderController.createOrder(OrderController.java:42)\n").getBytes(StandardCharsets.UTF_8));
                response.contentType(MediaType.TEXT_PLAIN_TYPE);
            }
        }
    }

    @Override
    public int getOrder() {
        return -100;
    }
}
