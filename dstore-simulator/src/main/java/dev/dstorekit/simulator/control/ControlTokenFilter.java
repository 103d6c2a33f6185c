package dev.dstorekit.simulator.control;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Map;

/**
 * Answers 401, before anything else runs, a control API call {@link ControlAccess} refuses. The access rules are
 * resolved on the first call (a serving command resolves them at start-up), so a command that only calls another
 * simulator never generates a token.
 */
@ServerFilter("/control/**")
public class ControlTokenFilter implements Ordered {

    private final BeanProvider<ControlAccess> access;

    public ControlTokenFilter(BeanProvider<ControlAccess> access) {
        this.access = access;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> authorize(HttpRequest<?> request) {
        return access.get().refusal(request.getHeaders().get(HttpHeaders.AUTHORIZATION))
                .map(message -> HttpResponse.unauthorized().header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                        .contentType(MediaType.APPLICATION_JSON_TYPE).body(Map.of("message", message)))
                .orElse(null);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
