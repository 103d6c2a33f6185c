package dev.dstorekit.pos.outbox.application;

/**
 * Queues a message for D-Store in the caller's transaction, so the change and the message that reports it commit
 * together or not at all (implementations refuse to run outside a transaction). The feature that makes the change
 * builds the message, its requestId included; the sender delivers it later, with that requestId on every attempt.
 */
public interface Outbox {

    void queue(OutboundMessage message);
}
