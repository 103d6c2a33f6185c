package dev.dstorekit.pos.overload.web;

import dev.dstorekit.api.answer.RequestSchemaFilter;
import dev.dstorekit.api.answer.ResultAnswer;
import dev.dstorekit.pos.ops.AnswerMetricsFilter;
import dev.dstorekit.pos.ops.PosMetrics;
import dev.dstorekit.pos.overload.Admission;
import dev.dstorekit.pos.overload.AdmissionFactory;
import dev.dstorekit.pos.overload.DatabaseTimeout;
import dev.dstorekit.pos.overload.OverloadSettings;
import dev.dstorekit.pos.overload.Permits;
import dev.dstorekit.pos.overload.ShedReason;
import dev.dstorekit.signature.micronaut.SignatureServerFilter;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps every answer to D-Store's calls inside its 8-second budget when the server is saturated or the database
 * is slow. A call goes ahead only with one of a fixed number of permits (as many as database connections by
 * default); a call that gets none within a short wait is answered {@code U / UNKNOWN_EXCEPTION} at once. A call still
 * in progress at the answer deadline is answered U then, and finishes in the background with its permit: if it
 * stores the order after all, D-Store's retry gets the stored answer (createOrder and pushOrderChange are idempotent).
 *
 * <p>It sits inside the signature filter, so its U answers are signed like any other and only verified calls take a
 * permit, and before the request schema check, the costliest step a shed call is spared.
 */
@ServerFilter({"/v2/pos/createOrder", "/v2/pos/inquireOrderDetail", "/v2/pos/pushOrderChange"})
public class DStoreAdmissionFilter implements Ordered {

    public static final int ORDER = (SignatureServerFilter.ORDER + RequestSchemaFilter.ORDER) / 2;

    private static final Logger LOG = LoggerFactory.getLogger(DStoreAdmissionFilter.class);

    private final Admission admission;
    private final Duration deadline;
    private final ScheduledExecutorService timer;
    private final PosMetrics metrics;

    public DStoreAdmissionFilter(@Named(Admission.DSTORE) Admission admission, OverloadSettings settings,
                                 @Named(AdmissionFactory.TIMER) ScheduledExecutorService timer, PosMetrics metrics) {
        this.admission = admission;
        this.deadline = settings.answerDeadline();
        this.timer = timer;
        this.metrics = metrics;
    }

    @RequestFilter
    public CompletableFuture<MutableHttpResponse<?>> admit(HttpRequest<?> request,
                                                           FilterContinuation<Publisher<MutableHttpResponse<?>>> downstream) {
        Call call = new Call(AnswerMetricsFilter.operation(request.getPath()));
        Executor loop = RequestEventLoop.of(request);
        ScheduledFuture<?> late = timer.schedule(() -> loop.execute(() -> shed(call, ShedReason.DEADLINE)),
                deadline.toNanos(), TimeUnit.NANOSECONDS);
        call.answer.whenComplete((response, failure) -> late.cancel(false));
        admission.enter().whenComplete((permit, failure) -> loop.execute(() -> {
            if (permit == null || permit.isEmpty()) {
                shed(call, ShedReason.SATURATED);
            } else if (call.decided()) {
                permit.get().release(); // answered at the deadline while it waited
            } else {
                proceed(downstream, permit.get(), call);
            }
        }));
        return call.answer;
    }

    private void proceed(FilterContinuation<Publisher<MutableHttpResponse<?>>> downstream, Permits.Permit permit,
                         Call call) {
        Mono.from(downstream.proceed()).toFuture().whenComplete((response, failure) -> {
            permit.release();
            if (response == null) {
                LOG.warn("{} produced no answer ({}); answering U", call.operation,
                        failure == null ? "empty" : failure.toString());
                call.answer(unknown());
            } else if (call.decide()) {
                if (DatabaseTimeout.caused(response.getAttribute(HttpAttributes.EXCEPTION, Throwable.class).orElse(null))) {
                    metrics.shed(Admission.DSTORE, call.operation, ShedReason.DATABASE_TIMEOUT.tag());
                }
                call.answer.complete(response);
            }
        });
    }

    private void shed(Call call, ShedReason reason) {
        if (call.decide()) {
            metrics.shed(Admission.DSTORE, call.operation, reason.tag());
            LOG.debug("{} answered U: {}", call.operation, reason.tag());
            call.answer.complete(unknown());
        }
    }

    private static MutableHttpResponse<?> unknown() {
        return HttpResponse.ok(ResultAnswer.unknown().asBody());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /**
     * One call's answer, decided once: by its own response, the deadline or the wait for a permit, whichever comes
     * first. The one that decides counts it before answering, so the metric is there when the caller has the answer.
     */
    private static final class Call {

        final String operation;
        final CompletableFuture<MutableHttpResponse<?>> answer = new CompletableFuture<>();
        private final AtomicBoolean decided = new AtomicBoolean();

        Call(String operation) {
            this.operation = operation;
        }

        boolean decide() {
            return decided.compareAndSet(false, true);
        }

        boolean decided() {
            return decided.get();
        }

        void answer(MutableHttpResponse<?> response) {
            if (decide()) {
                answer.complete(response);
            }
        }
    }
}
