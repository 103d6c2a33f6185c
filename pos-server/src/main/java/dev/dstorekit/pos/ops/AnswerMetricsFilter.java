package dev.dstorekit.pos.ops;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dstorekit.signature.micronaut.SignatureServerFilter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

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

    private static final JsonFactory JSON = new JsonFactory();

    private final PosMetrics metrics;

    public AnswerMetricsFilter(PosMetrics metrics) {
        this.metrics = metrics;
    }

    @RequestFilter
    public void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    public void count(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String operation = operation(request.getPath());
        Result result = result(response.getBody().orElse(null));
        metrics.answer(operation, result == null ? "none" : String.valueOf(result.resultStatus()),
                result == null ? "none" : String.valueOf(result.resultCode()));
        request.getAttribute(STARTED, Long.class).ifPresent(started ->
                metrics.latency(operation, Duration.ofNanos(System.nanoTime() - started)));
    }

    /**
     * The answer's {@code result}, read with a streaming parser that stops there: the answer on the wire is already
     * signed bytes, and binding all of it again only to count it cost more than the rest of this filter.
     */
    @Nullable
    static Result result(@Nullable Object body) {
        if (!(body instanceof byte[] bytes) || bytes.length == 0) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.START_OBJECT && "result".equals(field)) {
                    return readResult(parser);
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Result readResult(JsonParser parser) throws IOException {
        String status = null;
        String code = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "resultStatus" -> status = parser.getValueAsString();
                case "resultCode" -> code = parser.getValueAsString();
                default -> parser.skipChildren();
            }
        }
        return new Result(status, code);
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
    record Result(@Nullable String resultStatus, @Nullable String resultCode) {
    }
}
