package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.order.domain.NewOrder;
import dev.dstorekit.pos.order.domain.OrderStatus;

import java.util.List;

/**
 * What createOrder stores of an order, in its one transaction: the order, its lines, its first history entry, its
 * flags and the answer.
 */
public record OrderDraft(long id,
                         String posOrderId,
                         NewOrder order,
                         OrderStatus status,
                         boolean autoAccept,
                         RequestBody body,
                         CreateOrderAnswer answer,
                         List<OrderFlag> flags) {

    public OrderDraft {
        flags = List.copyOf(flags);
    }
}
