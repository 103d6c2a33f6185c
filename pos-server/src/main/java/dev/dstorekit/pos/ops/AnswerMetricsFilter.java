package dev.dstorekit.pos.ops;

import dev.dstorekit.signature.micronaut.SignatureServerFilter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.time.Duration;

/**
 * Counts every answer on the D-Store API by operation and result, and times it. It sits outside the signature
 * filter, so it sees exactly what went on the wire, INVALID_SIGNATURE refusals included, and the time it records
 * covers verification, processing and signing.
 */
@ServerFilter(SignatureServerFilter.POS_API)
public class AnswerMetricsFilter implements Ordered {

    private static final String STARTED = "pos.metrics.started";

    private final PosMetrics metrics;
    private final JsonMapper jsonMapper;

    public AnswerMetricsFilter(PosMetrics metrics, JsonMapper jsonMapper) {
        this.metrics = metrics;
        this.jsonMapper = jsonMapper;
    }

    @RequestFilter
    public void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    public void count(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String operation = operation(request.getPath());
        Envelope.Result result = result(response.getBody().orElse(null));
        metrics.answer(operation, result == null ? "none" : String.valueOf(result.resultStatus()),
                result == null ? "none" : String.valueOf(result.resultCode()));
        request.getAttribute(STARTED, Long.class).ifPresent(started ->
                metrics.latency(operation, Duration.ofNanos(System.nanoTime() - started)));
    }

    private Envelope.Result result(@Nullable Object body) {
        if (!(body instanceof byte[] bytes) || bytes.length == 0) {
            return null;
        }
        try {
            Envelope envelope = jsonMapper.readValue(bytes, Argument.of(Envelope.class));
            return envelope == null ? null : envelope.result();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Only the known operations become tag values, so a scan of random paths cannot blow up the metric. */
    public static String operation(String path) {
        return switch (path) {
            case "/v2/pos/createOrder" -> "createOrder";
            case "/v2/pos/inquireOrderDetail" -> "inquireOrderDetail";
            case "/v2/pos/pushOrderChange" -> "pushOrderChange";
            default -> "other";
        };
    }

    @Override
    public int getOrder() {
        return SignatureServerFilter.ORDER - 10;
    }

    /** The part of any answer that metrics need. */
    @Serdeable
    record Envelope(@Nullable Result result) {
        @Serdeable
        record Result(@Nullable String resultStatus, @Nullable String resultCode) {
        }
    }
}
