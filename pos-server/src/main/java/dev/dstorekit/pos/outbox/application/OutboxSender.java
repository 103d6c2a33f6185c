package dev.dstorekit.pos.outbox.application;

import dev.dstorekit.pos.ops.PosMetrics;
import dev.dstorekit.pos.outbox.domain.DeliveryResult;
import dev.dstorekit.pos.outbox.domain.RetryPolicy;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Drains the outbox on one background thread per instance, every {@code pos.outbox.poll-interval}: claims due
 * messages (each the head of its order's or store's queue), delivers them one by one, and records the outcome —
 * delivered; retried later with backoff (U, REQUEST_TRAFFIC_EXCEED_LIMIT, time-out, connection error, an answer
 * whose signature does not verify); or FAILED (F, or attempts exhausted: the order is flagged, a metric counts it,
 * the log names the resultCode). A drain runs until nothing is due, so an order's next message follows as soon as
 * the one before it is delivered. Several instances may run; the database keeps them apart.
 */
@Singleton
@Requires(property = "pos.outbox.enabled", notEquals = "false")
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxQueue queue;
    private final MessageDelivery delivery;
    private final List<OutboxFeeder> feeders;
    private final OutboxSettings settings;
    private final RetryPolicy retryPolicy;
    private final PosMetrics metrics;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private ScheduledExecutorService executor;
    private volatile boolean stopping;
    private boolean troubleReported;

    public OutboxSender(OutboxQueue queue, MessageDelivery delivery, List<OutboxFeeder> feeders,
                        OutboxSettings settings, PosMetrics metrics, Clock clock) {
        this.queue = queue;
        this.delivery = delivery;
        this.feeders = feeders;
        this.settings = settings;
        this.retryPolicy = settings.retryPolicy();
        this.metrics = metrics;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "outbox-sender-" + instance);
            thread.setDaemon(true);
            return thread;
        });
        executor = pool;
        pool.scheduleWithFixedDelay(this::tick, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Outbox sender {} started: poll every {}, backoff {} doubling to {}, at most {} attempts, lease {}",
                instance, settings.pollInterval(), settings.initialBackoff(), settings.maxBackoff(),
                settings.maxAttempts(), settings.lease());
    }

    /** Lets the message in flight finish (bounded by the request time-out) and gives unsent claims back. */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        if (executor != null) {
            executor.shutdown();
            if (!executor.awaitTermination(settings.lease().toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        }
    }

    private void tick() {
        try {
            drain();
            if (troubleReported) {
                LOG.info("Outbox sender {} works again", instance);
                troubleReported = false;
            }
        } catch (Exception e) {
            if (!troubleReported) {
                LOG.warn("Outbox sender {} cannot drain (retrying every {}): {}", instance, settings.pollInterval(),
                        e.toString());
                troubleReported = true;
            }
        }
    }

    /**
     * One drain: lets the feeders queue their work, then claims and delivers until nothing is due.
     *
     * @return the number of delivery attempts made
     */
    int drain() {
        for (OutboxFeeder feeder : feeders) {
            try {
                feeder.feed();
            } catch (RuntimeException e) {
                // a feeder's trouble must not stop the delivery of what is already queued
                LOG.warn("{} failed: {}", feeder.getClass().getSimpleName(), e.toString());
            }
        }
        int attempts = 0;
        while (!stopping) {
            List<ClaimedMessage> batch = queue.claim(settings.batchSize(), settings.lease(), UUID.randomUUID().toString());
            if (batch.isEmpty()) {
                break;
            }
            for (int i = 0; i < batch.size(); i++) {
                if (stopping) {
                    batch.subList(i, batch.size()).forEach(queue::release);
                    break;
                }
                deliver(batch.get(i));
                attempts++;
            }
        }
        metrics.outboxPending(queue.pendingCount());
        return attempts;
    }

    private void deliver(ClaimedMessage message) {
        String operation = message.operation().operationName();
        if (!queue.renew(message, settings.lease())) {
            LOG.warn("{} {}: lease lost while waiting in the batch; left to the sender that took it", operation,
                    message.requestId());
            return;
        }
        DeliveryResult result = delivery.deliver(message.operation(), message.payload());
        switch (result.outcome()) {
            case DELIVERED -> {
                recorded(message, queue.delivered(message, result));
                metrics.outboxAttempt(operation, "delivered", result.code());
                LOG.info("{} {} delivered: {} (attempt {})", operation, message.requestId(), result.code(),
                        message.attempts());
            }
            case RETRY -> {
                Optional<Duration> delay = retryPolicy.nextDelay(message.attempts());
                if (delay.isEmpty()) {
                    fail(message, result, "gave up after " + message.attempts() + " attempts; last: " + result.code()
                            + (result.message() == null ? "" : " " + result.message()));
                    return;
                }
                recorded(message, queue.retryAt(message, result, clock.instant().plus(delay.get())));
                metrics.outboxAttempt(operation, "retried", result.code());
                LOG.warn("{} {} attempt {} not delivered ({}{}); next attempt in {} ms, same requestId", operation,
                        message.requestId(), message.attempts(), result.code(),
                        result.message() == null ? "" : ": " + result.message(), delay.get().toMillis());
            }
            case FAILED -> fail(message, result, "D-Store refused it: F/" + result.code()
                    + (result.message() == null ? "" : " " + result.message()));
        }
    }

    private void fail(ClaimedMessage message, DeliveryResult result, String detail) {
        String operation = message.operation().operationName();
        recorded(message, queue.failed(message, result, operation + " " + message.requestId() + ": " + detail));
        metrics.outboxAttempt(operation, "failed", result.code());
        metrics.outboxFailed(operation, result.code());
        LOG.warn("{} {} FAILED after {} attempt(s), resultCode={}: {}{}", operation, message.requestId(),
                message.attempts(), result.code(), detail,
                message.orderId() == null ? "" : "; order flagged OUTBOUND_FAILED");
    }

    private void recorded(ClaimedMessage message, boolean recorded) {
        if (!recorded) {
            LOG.warn("{} {}: lease lost before the outcome was recorded; another sender owns it now",
                    message.operation().operationName(), message.requestId());
        }
    }
}
