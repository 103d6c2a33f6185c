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

    /** Request attribute holding the raw body bytes, set by whoever read them first (the signature filter). */
    public static final String RAW_BODY = "dstore.raw-body";

    private static final Logger LOG = LoggerFactory.getLogger(ResultAnswerFilter.class);

    private final RequestSchemas requestSchemas;

    public ResultAnswerFilter(RequestSchemas requestSchemas) {
        this.requestSchemas = requestSchemas;
    }

    @ResponseFilter
    public void answer(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status < 300) {
            return;
        }
        Throwable cause = response.getAttribute(HttpAttributes.EXCEPTION, Throwable.class).orElse(null);
        ResultAnswer answer = ResultAnswer.forFailure(status, cause);
        if (answer.message().startsWith(ResultAnswer.SCHEMA_MISMATCH)) {
            // the decoder could not say which field: the schema can
            byte[] body = request.getAttribute(RAW_BODY, byte[].class).orElse(null);
            answer = requestSchemas.firstProblem(request.getPath(), body).map(ResultAnswer::paramIllegal).orElse(answer);
        }
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
