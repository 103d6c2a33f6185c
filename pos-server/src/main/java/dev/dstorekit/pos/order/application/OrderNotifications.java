package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.order.domain.OrderNotification;

/**
 * Tells D-Store of a merchant change: queues the notifyOrderChange that reports it, in the caller's transaction, so
 * the change and its message commit together or not at all.
 */
public interface OrderNotifications {

    /** @return the queued message's requestId, kept in the order's history */
    String queue(StoredOrder order, OrderNotification notification);
}
