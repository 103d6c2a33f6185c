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
 * Holds a merchant API body to the spec's request schema before it is bound, answering 400 naming the field: types
 * (the decoder would take a refund of {@code 4.5} as 4 and {@code true} as 1), required fields, lengths in code points
 * as the spec counts them, ranges and enums. The generated models carry no validation of their own: this is the one
 * check. A missing body where the spec requires one is a 400 too. Runs after authentication, and keeps the body for
 * {@link ProblemFilter}.
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
    public HttpResponse<?> check(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (body == null || body.length == 0) {
            return schemas.bodyRequired(request.getMethodName(), request.getPath())
                    ? problems.response(Problems.problem(400, "request body is missing")) : null;
        }
        request.setAttribute(BODY, body);
        Optional<String> problem = schemas.firstProblem(request.getMethodName(), request.getPath(), body);
        return problem.map(detail -> problems.response(Problems.problem(400, detail))).orElse(null);
    }

    @Override
    public int getOrder() {
        return MerchantAuthFilter.ORDER + 10;
    }
}
