package dev.dstorekit.api.answer;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteMatch;

import java.io.IOException;

/**
 * Hands the controller the model bound from the tree {@link RequestSchemaFilter} validated, so a D-Store body is
 * parsed once however many readers it has: the request continues with that model as its body, which Micronaut's
 * body binding takes as it is. When the tree does not bind, the request continues unchanged and the usual decoder
 * reads the bytes and answers as it always has. Runs after every other request filter, which may still read the
 * raw bytes of the request as received.
 */
@ServerFilter(patterns = {"/v2/pos/**", "/v2/pds/**"})
@Requires(property = RequestSchemaFilter.ENABLED, value = "true")
public final class ValidatedBodyFilter implements Ordered {

    /** Request attribute: the model the controller is given, bound from the validated tree. */
    public static final String BOUND_BODY = "dstore.api.bound-body";

    private final JsonTreeBinder binder;

    ValidatedBodyFilter(JsonTreeBinder binder) {
        this.binder = binder;
    }

    @RequestFilter
    @Nullable
    public HttpRequest<?> bind(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        JsonNode tree = request.getAttribute(RequestSchemaFilter.VALIDATED_TREE, JsonNode.class).orElse(null);
        Argument<?> type = route == null ? null : route.getRouteInfo().getFullRequestBodyType().orElse(null);
        if (tree == null || type == null || BeanIntrospector.SHARED.findIntrospection(type.getType()).isEmpty()) {
            return null; // raw bytes, a String or no body at all: nothing to bind
        }
        Object body;
        try {
            body = binder.bind(tree, type);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (body == null) {
            return null;
        }
        request.setAttribute(BOUND_BODY, body);
        return request.mutate().body(body);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
