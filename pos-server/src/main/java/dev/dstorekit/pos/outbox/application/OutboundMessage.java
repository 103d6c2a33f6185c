package dev.dstorekit.pos.outbox.application;

import dev.dstorekit.pos.outbox.domain.OutboundOperation;
import io.micronaut.core.annotation.Nullable;

/**
 * A message for D-Store as the feature that has something to tell builds it: the outbox stores it, orders it behind
 * the messages with the same key and sends it, without knowing what it says.
 *
 * @param requestId   the idempotency key D-Store sees, also inside {@code payload}; every attempt carries it
 * @param orderingKey messages with the same key go out one at a time, in the order they were queued
 * @param orderId     the order the message is about, if any: it is listed with the order, and flags the order if it
 *                    fails for good
 * @param payload     the operation's request model, written as JSON when queued and sent as written
 */
public record OutboundMessage(OutboundOperation operation,
                             String orderingKey,
                             String requestId,
                             String posAccountId,
                             String posStoreId,
                             @Nullable Long orderId,
                             Object payload) {

    /** A message about one order, queued behind that order's earlier messages. */
    public static OutboundMessage aboutOrder(OutboundOperation operation, String requestId, long orderId,
                                             String posAccountId, String posStoreId, Object payload) {
        return new OutboundMessage(operation, "order:" + orderId, requestId, posAccountId, posStoreId, orderId,
                payload);
    }

    /** A message about one store, queued behind that store's earlier messages (its addStore before its syncs). */
    public static OutboundMessage aboutStore(OutboundOperation operation, String requestId, String posAccountId,
                                             String posStoreId, Object payload) {
        return new OutboundMessage(operation, "store:" + posAccountId + "/" + posStoreId, requestId, posAccountId,
                posStoreId, null, payload);
    }
}
