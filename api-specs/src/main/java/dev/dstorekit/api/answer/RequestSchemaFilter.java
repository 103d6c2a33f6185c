package dev.dstorekit.api.answer;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds every verified inbound D-Store call to its request schema before a controller binds it. The JSON
 * decoder is lenient where D-Store's contract is not (it reads {@code "quantity": 2.7} as 2 and {@code true}
 * as 1); the schema is not, so a paid order is never created from a value nobody sent. A violation is
 * answered {@code F / PARAM_ILLEGAL} naming the field. Enabled with {@code dstore.api.strict-schema=true}.
 */
@ServerFilter(patterns = {"/v2/pos/**", "/v2/pds/**"})
@Requires(property = RequestSchemaFilter.ENABLED, value = "true")
public final class RequestSchemaFilter implements Ordered {

    public static final String ENABLED = "dstore.api.strict-schema";
    /** After the signature filter (0), before the answer filter (100). */
    public static final int ORDER = 50;

    private static final Logger LOG = LoggerFactory.getLogger(RequestSchemaFilter.class);

    private final RequestSchemas requestSchemas;

    public RequestSchemaFilter(RequestSchemas requestSchemas) {
        this.requestSchemas = requestSchemas;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> validate(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (body == null || body.length == 0) {
            return null; // the missing body is the answer filter's to explain
        }
        return requestSchemas.firstProblem(request.getPath(), body)
                .map(problem -> {
                    LOG.info("{} {} answered F/PARAM_ILLEGAL: {}", request.getMethodName(), request.getPath(), problem);
                    return HttpResponse.ok(ResultAnswer.paramIllegal(problem).asBody());
                })
                .orElse(null);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
