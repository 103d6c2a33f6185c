package dev.dstorekit.pos.order.domain;

import dev.dstorekit.pos.shared.Money;
import io.micronaut.core.annotation.Nullable;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A pushOrderChange request in domain terms: only the fields that change are set.
 *
 * @param updatedLines the complete list of top-level lines after a GrabFood modification
 */
public record OrderChange(String requestId,
                          String requestOrderId,
                          @Nullable OrderStatus status,
                          @Nullable String deliveryStatus,
                          @Nullable List<OrderLine> updatedLines,
                          @Nullable Refund refund) {

    /** A refund the channel already made (GrabFood modification). */
    public record Refund(Money amount, @Nullable String reason, @Nullable OffsetDateTime refundTime) {
    }

    public boolean isEmpty() {
        return status == null && deliveryStatus == null && updatedLines == null && refund == null;
    }
}
