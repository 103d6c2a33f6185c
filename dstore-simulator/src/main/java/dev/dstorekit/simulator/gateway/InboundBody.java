package dev.dstorekit.simulator.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.simulator.spec.SpecOperation;
import dev.dstorekit.simulator.fault.FaultInjectionFilter;
import dev.dstorekit.simulator.fault.FaultKind;
import dev.dstorekit.simulator.fault.FaultRule;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;

import java.time.Duration;
import java.util.Optional;

/**
 * The exact bytes of an inbound call and their JSON tree, kept by {@link InboundBodyFilter} for the controllers:
 * idempotency compares bytes, and syncProduct's mode depends on which fields were present, which the bound model
 * cannot tell.
 */
public record InboundBody(SpecOperation operation, byte[] bytes, JsonNode json) {

    static final String ATTRIBUTE = "dstore.simulator.inbound-body";

    /** The body of the request being handled on this thread. */
    static InboundBody current() {
        return request().getAttribute(ATTRIBUTE, InboundBody.class)
                .orElseThrow(() -> new IllegalStateException("InboundBodyFilter did not run for " + request().getPath()));
    }

    /** The delay an injected DELAY fault asks for, if any. */
    Optional<Duration> delay() {
        return FaultInjectionFilter.applied(request()).filter(fault -> fault.kind() == FaultKind.DELAY).map(FaultRule::delay);
    }

    private static HttpRequest<Object> request() {
        return ServerRequestContext.currentRequest().orElseThrow(() -> new IllegalStateException("no current request"));
    }
}
