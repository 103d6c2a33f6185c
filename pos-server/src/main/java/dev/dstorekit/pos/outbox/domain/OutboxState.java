package dev.dstorekit.pos.outbox.domain;

/**
 * Where a message stands: PENDING (queued or being retried), DELIVERED (D-Store answered S, or A for addStore),
 * FAILED (D-Store answered F, or the attempts ran out). DELIVERED and FAILED are final.
 */
public enum OutboxState {
    PENDING, DELIVERED, FAILED
}
