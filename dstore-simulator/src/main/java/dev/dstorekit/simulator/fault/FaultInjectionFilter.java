package dev.dstorekit.simulator.fault;

import dev.dstorekit.api.answer.ResultAnswer;
import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.SignatureHeader;
import dev.dstorekit.signature.micronaut.SignatureHeaders;
import dev.dstorekit.signature.micronaut.SignatureServerFilter;
import dev.dstorekit.signature.micronaut.SignatureSettings;
import dev.dstorekit.simulator.spec.SpecSchemas;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.netty.NettyHttpRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Base64;
import java.util.Optional;
import java.util.Random;

/**
 * Injects the faults of {@link FaultInjector} into calls the POS makes to the simulator, after their signature was
 * verified: U answers without processing, delays, a lost answer (processed, then the connection is closed) and
 * answers whose signature does not verify. Filters run on the event loop, so a delay is served by the controller
 * stage ({@link dev.dstorekit.simulator.gateway.IdempotentReplies}), which runs on a blocking thread.
 */
@ServerFilter(patterns = {SignatureServerFilter.POS_API, SignatureServerFilter.PDS_API})
public final class FaultInjectionFilter implements Ordered {

    public static final int ORDER = 20;

    private static final Logger LOG = LoggerFactory.getLogger(FaultInjectionFilter.class);
    private static final String APPLIED = "dstore.simulator.fault";

    private final FaultInjector faults;
    private final SpecSchemas specs;
    private final SignatureSettings signature;
    private final Random noise = new Random();

    public FaultInjectionFilter(FaultInjector faults, SpecSchemas specs, SignatureSettings signature) {
        this.faults = faults;
        this.specs = specs;
        this.signature = signature;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> inject(HttpRequest<?> request) {
        String operation = specs.operation(request.getPath()).map(op -> op.operationId()).orElse(null);
        if (operation == null) {
            return null;
        }
        FaultRule fault = faults.draw(operation).orElse(null);
        if (fault == null) {
            return null;
        }
        LOG.info("Injecting {} into {}", fault.kind(), operation);
        return switch (fault.kind()) {
            case UNKNOWN -> HttpResponse.ok(ResultAnswer.unknown().asBody());
            case TRAFFIC_LIMIT -> HttpResponse.ok(new ResultAnswer("U", "REQUEST_TRAFFIC_EXCEED_LIMIT",
                    "Rate limited; retry later with back-off and the same requestId").asBody());
            case DELAY, DROP, WRONG_SIGNATURE -> {
                request.setAttribute(APPLIED, fault);
                yield null;
            }
        };
    }

    @ResponseFilter
    public void afterwards(HttpRequest<?> request, MutableHttpResponse<?> response) {
        FaultKind kind = applied(request).map(FaultRule::kind).orElse(null);
        if (kind == FaultKind.DROP) {
            if (request instanceof NettyHttpRequest<?> netty) {
                netty.getChannelHandlerContext().channel().close();
            } else {
                LOG.warn("Cannot drop the connection of a {}", request.getClass().getSimpleName());
            }
        } else if (kind == FaultKind.WRONG_SIGNATURE) {
            byte[] garbage = new byte[256];
            noise.nextBytes(garbage);
            response.header(SignatureHeaders.CLIENT_ID, signature.clientId());
            response.header(SignatureHeaders.RESPONSE_TIME, RequestTimes.now(signature.clock()));
            response.header(SignatureHeaders.SIGNATURE, SignatureHeader.rsa256(Base64.getEncoder().encodeToString(garbage)).format());
        }
    }

    /** The fault this filter chose for {@code request}, if any (DELAY is carried out by the controller stage). */
    public static Optional<FaultRule> applied(HttpRequest<?> request) {
        return request.getAttribute(APPLIED, FaultRule.class);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

}
