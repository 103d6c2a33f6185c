package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.order.domain.OrderLine;
import dev.dstorekit.pos.outbox.application.OutboundMessageView;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Read side of orders for the merchant API; every query is scoped to one merchant account. */
public interface OrderQueries {

    /** Newest first; null filters match everything. */
    List<OrderView> list(String posAccountId, @Nullable String posStoreId, @Nullable String status,
                         @Nullable Instant createdFrom, @Nullable Instant createdTo, int limit);

    Optional<OrderDetailView> detail(String posAccountId, String posOrderId);

    /**
     * An order as the merchant sees it.
     *
     * @param flags the open flags (UNKNOWN_PRODUCT, AMOUNT_MISMATCH, OUTBOUND_FAILED), each once
     */
    record OrderView(long id, String posOrderId, String requestOrderId, String posStoreId, String status,
                     String channel, String channelOrderId, String serviceType, @Nullable String deliveryProvider,
                     @Nullable String deliveryStatus, boolean autoAccept, @Nullable String shortOrderNumber,
                     String currency, long orderAmount, long refundedAmount, Instant expectFulfillmentTime,
                     @Nullable Instant readyTime, Instant createdAt, Instant updatedAt, List<String> flags) {
    }

    /** One history entry: when, who (DSTORE, CHANNEL, MERCHANT, POS), what, and the payload that caused it. */
    record HistoryView(Instant at, String source, String type, @Nullable String fromStatus,
                       @Nullable String toStatus, @Nullable String requestId, String payload) {
    }

    /**
     * @param createOrderBody the createOrder request as received (customer, table number and remark live there)
     */
    record OrderDetailView(OrderView order, List<OrderLine> lines, List<HistoryView> history,
                           List<OutboundMessageView> outbound, String createOrderBody) {
    }
}
