package dev.dstorekit.api.answer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
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

import java.io.IOException;
import java.util.Optional;

/**
 * Holds every verified inbound D-Store call to its request schema before a controller binds it. The JSON
 * decoder is lenient where D-Store's contract is not (it reads {@code "quantity": 2.7} as 2 and {@code true}
 * as 1); the schema is not, so a paid order is never created from a value nobody sent. A violation is
 * answered {@code F / PARAM_ILLEGAL} naming the field. Enabled with {@code dstore.api.strict-schema=true}.
 * The body is parsed here once; the tree the schema accepted is kept for {@link ValidatedBodyFilter}, which binds
 * the controller's model from it instead of letting the decoder parse the bytes a second time.
 */
@ServerFilter(patterns = {"/v2/pos/**", "/v2/pds/**"})
@Requires(property = RequestSchemaFilter.ENABLED, value = "true")
public final class RequestSchemaFilter implements Ordered {

    public static final String ENABLED = "dstore.api.strict-schema";
    /** After the signature filter (0), before the answer filter (100). */
    public static final int ORDER = 50;

    /** Request attribute: the body's JSON tree, once the schema accepted it. */
    public static final String VALIDATED_TREE = "dstore.api.validated-tree";

    private static final Logger LOG = LoggerFactory.getLogger(RequestSchemaFilter.class);
    /** Strict about what follows the document, as the decoder is: such a body is not taken from a tree. */
    private static final ObjectReader JSON = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
        JsonNode tree = tree(body);
        // not exactly one JSON document: checked from the bytes as before, and the decoder answers the rest
        Optional<String> problem = tree == null
                ? requestSchemas.firstProblem(request.getPath(), body)
                : requestSchemas.firstProblem("POST", request.getPath(), tree);
        if (problem.isPresent()) {
            LOG.info("{} {} answered F/PARAM_ILLEGAL: {}", request.getMethodName(), request.getPath(), problem.get());
            return HttpResponse.ok(ResultAnswer.paramIllegal(problem.get()).asBody());
        }
        if (tree != null) {
            request.setAttribute(VALIDATED_TREE, tree);
        }
        return null;
    }

    @Nullable
    private static JsonNode tree(byte[] body) {
        try {
            JsonNode tree = JSON.readTree(body);
            return tree == null || tree.isMissingNode() ? null : tree;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
