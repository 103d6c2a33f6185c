package dev.dstorekit.pos.outbox.application;

/**
 * Work that queues messages on the sender's schedule rather than on a merchant request (e.g. the full catalog
 * re-sync of stores createOrder flagged). Runs before each drain, on every instance; implementations must be safe
 * to run concurrently (lock what they take with SKIP LOCKED).
 */
public interface OutboxFeeder {

    /** @return how many messages were queued */
    int feed();
}
