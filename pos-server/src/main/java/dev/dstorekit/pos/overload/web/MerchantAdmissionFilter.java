package dev.dstorekit.pos.overload.web;

import dev.dstorekit.pos.merchant.web.MerchantAuthFilter;
import dev.dstorekit.pos.merchant.web.Problems;
import dev.dstorekit.pos.ops.PosMetrics;
import dev.dstorekit.pos.overload.Admission;
import dev.dstorekit.pos.overload.DatabaseTimeout;
import dev.dstorekit.pos.overload.Permits;
import dev.dstorekit.pos.overload.ShedReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteMatch;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The merchant API's share of the database: at most its permits' worth of calls in progress, so a burst of merchant
 * calls (a catalog replace for every store at once) cannot take every connection from D-Store's orders. A call that
 * gets no permit within the wait, or that a database time-out ended, is answered {@code 503} with a problem and
 * {@code Retry-After}: nothing was changed, the terminal tries again.
 */
@ServerFilter(MerchantAuthFilter.PATTERN)
public class MerchantAdmissionFilter implements Ordered {

    /** After the token check (a caller without one takes no permit). */
    public static final int ORDER = MerchantAuthFilter.ORDER + 5;
    static final String RETRY_AFTER_SECONDS = "1";

    private final Admission admission;
    private final Problems problems;
    private final PosMetrics metrics;

    public MerchantAdmissionFilter(@Named(Admission.MERCHANT) Admission admission, Problems problems, PosMetrics metrics) {
        this.admission = admission;
        this.problems = problems;
        this.metrics = metrics;
    }

    @RequestFilter
    public CompletableFuture<MutableHttpResponse<?>> admit(HttpRequest<?> request, @Nullable RouteMatch<?> route,
                                                           FilterContinuation<Publisher<MutableHttpResponse<?>>> downstream) {
        String operation = route instanceof MethodBasedRouteMatch<?, ?> method ? method.getMethodName() : "other";
        Executor loop = RequestEventLoop.of(request);
        CompletableFuture<MutableHttpResponse<?>> answer = new CompletableFuture<>();
        admission.enter().whenComplete((permit, failure) -> loop.execute(() -> {
            if (permit == null || permit.isEmpty()) {
                answer.complete(shed(operation, ShedReason.SATURATED, problems.response(Problems.problem(503,
                        "the server is busy; retry after " + RETRY_AFTER_SECONDS + " s"))));
            } else {
                proceed(downstream, permit.get(), answer, operation);
            }
        }));
        return answer;
    }

    private void proceed(FilterContinuation<Publisher<MutableHttpResponse<?>>> downstream, Permits.Permit permit,
                         CompletableFuture<MutableHttpResponse<?>> answer, String operation) {
        Mono.from(downstream.proceed()).toFuture().whenComplete((response, failure) -> {
            permit.release();
            if (response == null) {
                answer.completeExceptionally(failure != null ? failure : new IllegalStateException("no response"));
            } else if (response.code() >= 500 && DatabaseTimeout.caused(
                    response.getAttribute(HttpAttributes.EXCEPTION, Throwable.class).orElse(null))) {
                answer.complete(shed(operation, ShedReason.DATABASE_TIMEOUT, response.status(HttpStatus.SERVICE_UNAVAILABLE)));
            } else {
                answer.complete(response);
            }
        });
    }

    private MutableHttpResponse<?> shed(String operation, ShedReason reason, MutableHttpResponse<?> response) {
        metrics.shed(Admission.MERCHANT, operation, reason.tag());
        return response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
