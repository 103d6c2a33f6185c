package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.order.domain.OrderNotification;
import dev.dstorekit.pos.order.domain.OrderStatus;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * What an accepted merchant change writes: the order's new values (null keeps the stored one), one history entry,
 * and the notification queued for D-Store in the same transaction.
 */
public record MerchantChangePlan(@Nullable OrderStatus newStatus,
                                 @Nullable String newShortOrderNumber,
                                 @Nullable Instant newReadyTime,
                                 @Nullable String newDeliveryStatus,
                                 long refundAdded,
                                 ChangeDecision.HistoryEntry history,
                                 OrderNotification notification) {
}
