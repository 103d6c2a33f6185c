package dev.dstorekit.api.answer;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * D-Store reads every outcome from {@code result}, never from the HTTP status (REFERENCE §1.5), so on
 * the D-Store API paths any error Micronaut would answer with a 4xx/5xx becomes HTTP 200 with a Result:
 * bad input → {@code F/PARAM_ILLEGAL} naming the field, anything unexpected → {@code U/UNKNOWN_EXCEPTION}
 * (the caller retries with the same idempotency key). No stack trace or internal message reaches the caller.
 * It runs inside the signature filter, so these answers are signed like any other.
 */
@ServerFilter(patterns = {"/v2/pos/**", "/v2/pds/**"})
public final class ResultAnswerFilter implements Ordered {

    /** After the signature filter on the way in, so before it on the way out. */
    public static final int ORDER = 100;

    private static final Logger LOG = LoggerFactory.getLogger(ResultAnswerFilter.class);

    @ResponseFilter
    public void answer(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status < 300) {
            return;
        }
        Throwable cause = response.getAttribute(HttpAttributes.EXCEPTION, Throwable.class).orElse(null);
        ResultAnswer answer = ResultAnswer.forFailure(status, cause);
        if (answer.status().equals("U")) {
            LOG.warn("{} {} answered U/{} (HTTP {} avoided)", request.getMethodName(), request.getPath(), answer.code(), status);
        } else {
            LOG.info("{} {} answered F/{}: {}", request.getMethodName(), request.getPath(), answer.code(), answer.message());
        }
        MutableHttpResponse<Object> mutable = (MutableHttpResponse<Object>) response;
        mutable.status(HttpStatus.OK);
        mutable.body(answer.asBody());
        mutable.contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
