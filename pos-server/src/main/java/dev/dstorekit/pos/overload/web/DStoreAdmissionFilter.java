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
        String operation = AnswerMetricsFilter.operation(request.getPath());
        Executor loop = RequestEventLoop.of(request);
        CompletableFuture<MutableHttpResponse<?>> answer = new CompletableFuture<>();
        ScheduledFuture<?> late = timer.schedule(() -> loop.execute(() -> shed(answer, operation, ShedReason.DEADLINE)),
                deadline.toNanos(), TimeUnit.NANOSECONDS);
        answer.whenComplete((response, failure) -> late.cancel(false));
        admission.enter().whenComplete((permit, failure) -> loop.execute(() -> {
            if (permit == null || permit.isEmpty()) {
                shed(answer, operation, ShedReason.SATURATED);
            } else if (answer.isDone()) {
                permit.get().release();
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
                LOG.warn("{} produced no answer ({}); answering U", operation, failure == null ? "empty" : failure.toString());
                answer.complete(unknown());
            } else if (answer.complete(response)
                    && DatabaseTimeout.caused(response.getAttribute(HttpAttributes.EXCEPTION, Throwable.class).orElse(null))) {
                metrics.shed(Admission.DSTORE, operation, ShedReason.DATABASE_TIMEOUT.tag());
            }
        });
    }

    private void shed(CompletableFuture<MutableHttpResponse<?>> answer, String operation, ShedReason reason) {
        if (answer.complete(unknown())) {
            metrics.shed(Admission.DSTORE, operation, reason.tag());
            LOG.debug("{} answered U: {}", operation, reason.tag());
        }
    }

    private static MutableHttpResponse<?> unknown() {
        return HttpResponse.ok(ResultAnswer.unknown().asBody());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
