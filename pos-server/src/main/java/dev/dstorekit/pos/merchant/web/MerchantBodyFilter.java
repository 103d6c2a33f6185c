package dev.dstorekit.pos.merchant.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Optional;

/**
 * Checks the JSON types of a merchant API body against the spec before it is bound, answering 400 naming the field:
 * the decoder would otherwise take a refund of {@code 4.5} as 4 and {@code true} as 1. Every other rule (required
 * fields, lengths, ranges, enums) is left to bean validation on the generated model. Runs after authentication,
 * and keeps the body for {@link ProblemFilter}.
 */
@ServerFilter(MerchantAuthFilter.PATTERN)
public class MerchantBodyFilter implements Ordered {

    static final String BODY = "pos.merchant.body";

    private final MerchantRequestSchemas schemas;
    private final Problems problems;

    public MerchantBodyFilter(MerchantRequestSchemas schemas, Problems problems) {
        this.schemas = schemas;
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> checkTypes(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        request.setAttribute(BODY, body);
        Optional<String> problem = schemas.firstTypeProblem(request.getMethodName(), request.getPath(), body);
        return problem.map(detail -> problems.response(Problems.problem(400, detail))).orElse(null);
    }

    @Override
    public int getOrder() {
        return MerchantAuthFilter.ORDER + 10;
    }
}
