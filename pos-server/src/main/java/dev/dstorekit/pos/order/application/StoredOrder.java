package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.order.domain.Channel;
import dev.dstorekit.pos.order.domain.OrderStatus;
import io.micronaut.core.annotation.Nullable;

/**
 * An order as stored: what the handlers need to answer and to decide changes.
 *
 * @param answer        the createOrder answer stored with it
 * @param requestSha256 hash of the createOrder body that created it
 */
public record StoredOrder(long id,
                          String requestOrderId,
                          String posOrderId,
                          Channel channel,
                          OrderStatus status,
                          @Nullable String deliveryStatus,
                          @Nullable String shortOrderNumber,
                          String currency,
                          long orderAmount,
                          long refundedAmount,
                          int linesRevision,
                          long version,
                          CreateOrderAnswer answer,
                          String requestSha256) {
}
