package dev.dstorekit.pos.outbox.application;

/** Told, in the transaction that marks a message FAILED, that an order's message will never reach D-Store. */
public interface OutboundFailureListener {

    void orderMessageFailed(long orderId, String requestId, String detail);
}
