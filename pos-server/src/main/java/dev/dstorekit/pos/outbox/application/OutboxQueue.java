package dev.dstorekit.pos.outbox.application;

import dev.dstorekit.pos.outbox.domain.DeliveryResult;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The sender's side of the outbox. Claims are leases taken with {@code FOR UPDATE SKIP LOCKED}, so several
 * instances drain one outbox; a message is claimable only while no earlier message with its ordering key is
 * PENDING, so one order's (or one store's) messages go out in order and never two at once. Every outcome is
 * recorded only by the lease holder: a sender whose lease expired cannot overwrite what another one recorded.
 */
public interface OutboxQueue {

    /** Leases up to {@code limit} due messages, each the head of its ordering key, and counts the attempt. */
    List<ClaimedMessage> claim(int limit, Duration lease, String token);

    /**
     * Renews the lease right before the attempt, so a message waiting its turn in a batch is never sent while
     * another sender may already have taken it over.
     *
     * @return false if the lease was lost: the message must not be sent
     */
    boolean renew(ClaimedMessage message, Duration lease);

    /** @return false if the lease was lost meanwhile (the outcome was not recorded) */
    boolean delivered(ClaimedMessage message, DeliveryResult result);

    boolean retryAt(ClaimedMessage message, DeliveryResult result, Instant nextAttempt);

    /** Final failure: the message is FAILED and, for an order, the order is flagged OUTBOUND_FAILED. */
    boolean failed(ClaimedMessage message, DeliveryResult result, String detail);

    /** Gives an unsent claim back (shutdown), without counting the attempt. */
    void release(ClaimedMessage message);

    long pendingCount();
}
