package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.order.domain.Channel;
import dev.dstorekit.pos.order.domain.OrderStatus;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * An order as stored: what the handlers need to answer and to decide changes.
 *
 * @param serviceType      PICKUP, DINEIN or DELIVERY
 * @param deliveryProvider MERCHANT or CHANNEL for DELIVERY orders
 * @param answer           the createOrder answer stored with it
 * @param requestSha256    hash of the createOrder body that created it
 */
public record StoredOrder(long id,
                          String requestOrderId,
                          String posOrderId,
                          String posAccountId,
                          String posStoreId,
                          Channel channel,
                          String serviceType,
                          @Nullable String deliveryProvider,
                          OrderStatus status,
                          @Nullable String deliveryStatus,
                          @Nullable String shortOrderNumber,
                          @Nullable Instant readyTime,
                          String currency,
                          long orderAmount,
                          long refundedAmount,
                          int linesRevision,
                          long version,
                          CreateOrderAnswer answer,
                          String requestSha256) {

    /** A DELIVERY order the merchant delivers itself: only then does the POS report delivery status. */
    public boolean merchantDelivers() {
        return "DELIVERY".equals(serviceType) && "MERCHANT".equals(deliveryProvider);
    }

    public long refundable() {
        return orderAmount - refundedAmount;
    }
}
