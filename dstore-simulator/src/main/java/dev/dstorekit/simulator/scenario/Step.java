package dev.dstorekit.simulator.scenario;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.Map;

/**
 * One step of an order's flow in a scenario file. Durations are simulated time (divided by the clock speed),
 * except createOrder's 8-second budget, which is real. Each kind is carried out by its
 * {@code scenario.flow.StepHandler}; a new kind is a record (here, or beside its handler), its handler, and one case
 * in {@link StepParser}.
 */
public interface Step {

    /**
     * createOrder as D-Store sends it: U or a lost/late answer → inquireOrderDetail, then a retry with the same
     * requestOrderId expecting the same posOrderId.
     *
     * @param loseAnswer       discard the first answer, as if it was lost on the way
     * @param duplicates       identical createOrders sent at the same time as the first
     * @param alteredDuplicate afterwards, the same requestOrderId with a changed body (the stored answer is expected)
     * @param wantAutoAccept   false: use a store that does not auto-accept (stores found to auto-accept are skipped)
     */
    record Create(boolean loseAnswer, int duplicates, boolean alteredDuplicate, @Nullable Boolean wantAutoAccept) implements Step {
    }

    /**
     * Wait for acceptance: an auto-accepted order is accepted at once; otherwise the merchant accepts (when
     * {@code merchant}) and ACCEPTED must be notified within the window. When the window passes, D-Store asks
     * inquireOrderDetail and cancels the order with pushOrderChange.
     */
    record Accept(boolean merchant, @Nullable Duration window) implements Step {
    }

    /** The merchant moves the order to {@code status}; the POS must notify it within {@code within}. */
    record Advance(String status, @Nullable Duration within) implements Step {
    }

    /** The merchant's rider reports {@code deliveryStatus}; the POS must notify it. */
    record Deliver(String deliveryStatus, @Nullable Duration within) implements Step {
    }

    /** The merchant refunds {@code percent} of what is left; the POS must notify the refund. */
    record Refund(int percent, @Nullable Duration within) implements Step {
    }

    /** A raw merchant-driver action with parameters (no expectation). */
    record Merchant(String action, Map<String, String> params) implements Step {
    }

    /** Wait for a notification without asking the merchant for anything. */
    record Expect(@Nullable String status, @Nullable String deliveryStatus, @Nullable Duration within) implements Step {
    }

    /**
     * pushOrderChange as the channel makes D-Store send it.
     *
     * @param modification a GrabFood modification: one unit fewer, the difference refunded
     * @param replay       send the identical request again afterwards (same requestId); the same answer is expected
     */
    record Push(@Nullable String orderStatus, @Nullable String deliveryStatus, boolean modification, boolean replay) implements Step {
    }

    /** inquireOrderDetail; its answer must match what the POS notified (and {@code expect}, if given). */
    record Inquire(@Nullable String expect) implements Step {
    }

    /** Do nothing for a while. */
    record Wait(Duration duration) implements Step {
    }
}
