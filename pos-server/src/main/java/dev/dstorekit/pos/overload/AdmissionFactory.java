package dev.dstorekit.pos.overload;

import dev.dstorekit.pos.ops.PosMetrics;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The admission of each API, created at start-up so their gauges are exported before the first call, and the
 * threads that end waits and deadlines (the answers they end are handed to the request's event loop).
 */
@Factory
public class AdmissionFactory {

    /** Qualifier of the admission timer. */
    public static final String TIMER = "admission-timer";

    @Singleton
    @Named(TIMER)
    @Bean(preDestroy = "shutdownNow")
    ScheduledExecutorService admissionTimer() {
        AtomicInteger threads = new AtomicInteger();
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
                    Thread thread = new Thread(task, TIMER + "-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    @Context
    @Named(Admission.DSTORE)
    Admission dstoreAdmission(OverloadSettings settings, @Named(TIMER) ScheduledExecutorService timer, PosMetrics metrics) {
        return admission(Admission.DSTORE, settings.dstore(), timer, metrics);
    }

    @Context
    @Named(Admission.MERCHANT)
    Admission merchantAdmission(OverloadSettings settings, @Named(TIMER) ScheduledExecutorService timer, PosMetrics metrics) {
        return admission(Admission.MERCHANT, settings.merchant(), timer, metrics);
    }

    private static Admission admission(String api, OverloadSettings.Limits limits, ScheduledExecutorService timer,
                                       PosMetrics metrics) {
        Permits permits = new Permits(limits.permits(), limits.queue(), Admission.STANDING_AFTER, timer, System::nanoTime);
        metrics.admissionGauges(api, permits::inUse, permits::waiting);
        return new Admission(api, permits, limits);
    }
}
