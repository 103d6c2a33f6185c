package dev.dstorekit.pos.order.domain;

import dev.dstorekit.pos.shared.Money;
import io.micronaut.core.annotation.Nullable;

import java.time.OffsetDateTime;

/**
 * One change of an order the merchant made, as D-Store is told about it (notifyOrderChange): exactly one aspect
 * is set, as the contract asks for one notification per change. Never ORDER_SUCCESS or ORDER_FAIL.
 */
public record OrderNotification(@Nullable OrderStatus status,
                                @Nullable String shortOrderNumber,
                                @Nullable OffsetDateTime readyTime,
                                @Nullable String deliveryStatus,
                                @Nullable Money refundAmount,
                                @Nullable String refundReason) {

    public OrderNotification {
        if (status == OrderStatus.ORDER_SUCCESS || status == OrderStatus.ORDER_FAIL) {
            throw new IllegalArgumentException(status + " is never sent in notifyOrderChange");
        }
    }

    public static OrderNotification status(OrderStatus status) {
        return new OrderNotification(status, null, null, null, null, null);
    }

    public static OrderNotification shortOrderNumber(String value) {
        return new OrderNotification(null, value, null, null, null, null);
    }

    public static OrderNotification readyTime(OffsetDateTime value) {
        return new OrderNotification(null, null, value, null, null, null);
    }

    public static OrderNotification deliveryStatus(String value) {
        return new OrderNotification(null, null, null, value, null, null);
    }

    public static OrderNotification refund(Money amount, @Nullable String reason) {
        return new OrderNotification(null, null, null, null, amount, reason);
    }
}
