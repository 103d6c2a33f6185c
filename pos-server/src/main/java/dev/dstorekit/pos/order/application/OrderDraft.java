package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.order.domain.NewOrder;
import dev.dstorekit.pos.order.domain.OrderStatus;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Everything createOrder writes in its one transaction: the order, its lines, its first history entry, its flags,
 * the answer — and, if the catalog could not explain the order, the store's re-sync mark.
 *
 * @param catalogResyncReason set when the store's catalog must be re-synced
 */
public record OrderDraft(long id,
                         String posOrderId,
                         NewOrder order,
                         OrderStatus status,
                         boolean autoAccept,
                         RequestBody body,
                         CreateOrderAnswer answer,
                         List<OrderFlag> flags,
                         @Nullable String catalogResyncReason) {

    public OrderDraft {
        flags = List.copyOf(flags);
    }
}
