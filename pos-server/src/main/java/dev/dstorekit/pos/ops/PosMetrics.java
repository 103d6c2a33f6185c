package dev.dstorekit.pos.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The server's own Prometheus metrics, in one place so their names stay consistent:
 * {@code pos_orders_stored_total}, {@code pos_orders_replayed_total}, {@code pos_orders_replayed_different_body_total},
 * {@code pos_orders_flagged_total}, {@code pos_order_changes_total}, {@code pos_signature_refused_total},
 * {@code pos_answers_total} and the {@code pos_api_latency_seconds} histogram; for the merchant side
 * {@code pos_merchant_changes_total}, {@code pos_outbox_attempts_total}, {@code pos_outbox_failed_total},
 * {@code pos_outbox_pending} and {@code pos_crypto_provider} (tag {@code provider}: ACCP or JDK); for overload
 * {@code pos_requests_shed_total} (tags {@code api}, {@code operation}, {@code reason}), {@code pos_requests_in_flight}
 * and {@code pos_requests_waiting} (tag {@code api}).
 */
@Singleton
public class PosMetrics {

    private final MeterRegistry registry;
    private final Counter replayed;
    private final Counter replayedDifferentBody;
    private final AtomicLong outboxPending = new AtomicLong();

    public PosMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.replayed = Counter.builder("pos.orders.replayed")
                .description("createOrder calls answered with the stored answer of an earlier call").register(registry);
        this.replayedDifferentBody = Counter.builder("pos.orders.replayed.different.body")
                .description("createOrder replays whose body differs from the stored order's").register(registry);
        Gauge.builder("pos.outbox.pending", outboxPending, AtomicLong::doubleValue)
                .description("Outbound D-Store messages not yet delivered or failed (as of the last drain)")
                .register(registry);
    }

    public void orderCreated(String channel) {
        Counter.builder("pos.orders.stored").description("Orders stored from createOrder")
                .tag("channel", channel).register(registry).increment();
    }

    public void orderReplayed(boolean differentBody) {
        replayed.increment();
        if (differentBody) {
            replayedDifferentBody.increment();
        }
    }

    public void orderFlagged(String flag) {
        Counter.builder("pos.orders.flagged").description("Orders accepted but flagged for the merchant")
                .tag("flag", flag).register(registry).increment();
    }

    /** A pushOrderChange outcome: applied, replayed or refused. */
    public void orderChange(String outcome) {
        Counter.builder("pos.order.changes").description("pushOrderChange calls by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }

    public void signatureRefused(String direction) {
        Counter.builder("pos.signature.refused").description("Signatures that did not verify")
                .tag("direction", direction).register(registry).increment();
    }

    public void answer(String operation, String status, String code) {
        Counter.builder("pos.answers").description("Answers sent on the D-Store API by result")
                .tag("operation", operation).tag("status", status).tag("code", code).register(registry).increment();
    }

    public void latency(String operation, Duration duration) {
        Timer.builder("pos.api.latency").description("Time from receiving a D-Store call to its signed answer")
                .tag("operation", operation)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry).record(duration);
    }

    /** A merchant API change that was carried out and queued for D-Store, by kind (status, refund, catalog …). */
    public void merchantChange(String kind) {
        Counter.builder("pos.merchant.changes").description("Merchant API changes carried out and queued for D-Store")
                .tag("kind", kind).register(registry).increment();
    }

    /** One delivery attempt of an outbound message: delivered, retried or failed, with the result code. */
    public void outboxAttempt(String operation, String outcome, String code) {
        Counter.builder("pos.outbox.attempts").description("Attempts to deliver outbound D-Store messages")
                .tag("operation", operation).tag("outcome", outcome).tag("code", code).register(registry).increment();
    }

    /** An outbound message that will never be delivered (F, or attempts exhausted). */
    public void outboxFailed(String operation, String code) {
        Counter.builder("pos.outbox.failed").description("Outbound D-Store messages given up as FAILED")
                .tag("operation", operation).tag("code", code).register(registry).increment();
    }

    public void outboxPending(long count) {
        outboxPending.set(count);
    }

    /**
     * A call turned away or cut short because the server could not answer it in time: {@code saturated} (no permit
     * within the wait), {@code deadline} (answered U at the answer deadline while still in progress) or
     * {@code database_timeout} (a lock, statement or connection-pool time-out ended it). D-Store calls are answered U,
     * merchant API calls 503.
     */
    public void shed(String api, String operation, String reason) {
        Counter.builder("pos.requests.shed").description("Calls answered U (D-Store) or 503 (merchant API) under overload")
                .tag("api", api).tag("operation", operation).tag("reason", reason).register(registry).increment();
    }

    /** Calls of an API holding a permit, and calls waiting for one. */
    public void admissionGauges(String api, Supplier<Number> inFlight, Supplier<Number> waiting) {
        Gauge.builder("pos.requests.in.flight", inFlight).description("Calls in progress (holding an admission permit)")
                .tag("api", api).register(registry);
        Gauge.builder("pos.requests.waiting", waiting).description("Calls waiting for an admission permit")
                .tag("api", api).register(registry);
    }

    /** The JCA provider signing and verifying: a gauge of 1 tagged with its name. */
    public void cryptoProvider(String name) {
        Gauge.builder("pos.crypto.provider", () -> 1).description("JCA provider used for SHA256withRSA")
                .tag("provider", name).register(registry);
    }
}
