package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.outbox.application.OutboundFailureListener;
import jakarta.inject.Singleton;

/**
 * Surfaces a message D-Store will never get on its order: an {@link OrderFlag#OUTBOUND_FAILED} flag the merchant
 * sees, and a history entry from the POS naming the requestId and D-Store's resultCode. Runs in the transaction that
 * marks the message FAILED.
 */
@Singleton
public class OrderOutboundFailures implements OutboundFailureListener {

    private final OrderStore orders;

    public OrderOutboundFailures(OrderStore orders) {
        this.orders = orders;
    }

    @Override
    public void orderMessageFailed(long orderId, String requestId, String detail) {
        orders.flagOutboundFailure(orderId, requestId, detail);
    }
}
