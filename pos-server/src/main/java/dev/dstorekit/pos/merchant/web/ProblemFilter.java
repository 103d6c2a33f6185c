package dev.dstorekit.pos.merchant.web;

import dev.dstorekit.api.answer.ResultAnswer;
import dev.dstorekit.api.merchant.model.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Every error on the merchant API leaves as {@code application/problem+json}: input Micronaut refuses (bean
 * validation, unreadable JSON, a bad query value) becomes 400 with a detail naming the field, e.g.
 * {@code amount.value: must be greater than or equal to 0}; a server error becomes a bare 500 — never a stack trace.
 * Problems already built (401 from the auth filter, refusals) pass unchanged.
 */
@ServerFilter(MerchantAuthFilter.PATTERN)
public class ProblemFilter implements Ordered {

    /** Outermost on the merchant paths, so it sees every answer last. */
    public static final int ORDER = -100;

    private static final Logger LOG = LoggerFactory.getLogger(ProblemFilter.class);

    private final Problems problems;
    private final MerchantRequestSchemas schemas;

    public ProblemFilter(Problems problems, MerchantRequestSchemas schemas) {
        this.problems = problems;
        this.schemas = schemas;
    }

    @ResponseFilter
    public void toProblem(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status < 400 || response.getContentType().filter(Problems.PROBLEM_JSON::equals).isPresent()) {
            return;
        }
        Throwable cause = response.getAttribute(HttpAttributes.EXCEPTION, Throwable.class).orElse(null);
        Object body = response.getBody().orElse(null);
        Problem problem = body instanceof Problem given ? given : Problems.problem(status, detail(request, status, cause));
        if (status >= 500) {
            LOG.warn("{} {} answered {} ({})", request.getMethodName(), request.getPath(), status,
                    cause == null ? "no exception" : cause.toString());
        }
        MutableHttpResponse<Object> mutable = (MutableHttpResponse<Object>) response;
        mutable.body(problems.encode(problem));
        mutable.contentType(Problems.PROBLEM_JSON);
    }

    @Nullable
    private String detail(HttpRequest<?> request, int status, @Nullable Throwable cause) {
        if (status != 400 || cause == null) {
            return null;
        }
        if (cause instanceof ConversionErrorException) {
            Optional<String> named = request.getAttribute(MerchantBodyFilter.BODY, byte[].class)
                    .flatMap(body -> schemas.firstProblem(request.getMethodName(), request.getPath(), body));
            if (named.isPresent()) {
                return named.get();
            }
        }
        return detail(status, cause);
    }

    @Nullable
    static String detail(int status, @Nullable Throwable cause) {
        if (status != 400 || cause == null) {
            return null;
        }
        if (cause instanceof ConstraintViolationException violations) {
            return ResultAnswer.describe(violations);
        }
        if (cause instanceof JsonSyntaxException) {
            return "request body is not valid JSON";
        }
        if (cause instanceof ConversionErrorException conversion) {
            String answer = ResultAnswer.forFailure(400, conversion).message();
            if (!answer.startsWith("request body does not match the schema")) {
                return answer;
            }
            Throwable reason = conversion.getConversionError().getCause();
            return conversion.getArgument().getName() + ": "
                    + (reason == null || reason.getMessage() == null ? "invalid value" : innermost(reason.getMessage()));
        }
        if (cause instanceof UnsatisfiedRouteException unsatisfied) {
            return unsatisfied.getArgument().getName() + ": required";
        }
        return ResultAnswer.forFailure(400, cause).message();
    }

    /** The last reason of a decoder's chained message, without the parser's location. */
    static String innermost(String message) {
        int source = message.indexOf("\n at [Source");
        String text = source >= 0 ? message.substring(0, source) : message;
        int last = text.lastIndexOf("due to: ");
        return (last >= 0 ? text.substring(last + "due to: ".length()) : text).strip();
    }



    @Override
    public int getOrder() {
        return ORDER;
    }
}
