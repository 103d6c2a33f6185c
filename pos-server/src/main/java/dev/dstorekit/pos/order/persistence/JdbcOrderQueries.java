package dev.dstorekit.pos.order.persistence;

import dev.dstorekit.pos.order.application.OrderQueries;
import dev.dstorekit.pos.order.domain.OrderLine;
import dev.dstorekit.pos.outbox.application.OutboxQueries;
import dev.dstorekit.pos.shared.StoredText;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link OrderQueries} on JDBC: an order list is two queries (orders, then their open flags), whatever its length. */
@Singleton
public class JdbcOrderQueries implements OrderQueries {

    private final OrderRepository orders;
    private final OrderLineRepository lines;
    private final OrderEventRepository events;
    private final OrderFlagRepository flags;
    private final OutboxQueries outbox;
    private final OrderRowMapper rows;

    public JdbcOrderQueries(OrderRepository orders, OrderLineRepository lines, OrderEventRepository events,
                            OrderFlagRepository flags, OutboxQueries outbox, OrderRowMapper rows) {
        this.orders = orders;
        this.lines = lines;
        this.events = events;
        this.flags = flags;
        this.outbox = outbox;
        this.rows = rows;
    }

    @Override
    public List<OrderView> list(String posAccountId, @Nullable String posStoreId, @Nullable String status,
                                @Nullable Instant createdFrom, @Nullable Instant createdTo, int limit) {
        List<OrderEntity> found = orders.findForMerchant(posAccountId, posStoreId, status, createdFrom, createdTo,
                limit);
        Map<Long, List<String>> open = openFlags(found.stream().map(OrderEntity::id).toList());
        return found.stream().map(order -> view(order, open.getOrDefault(order.id(), List.of()))).toList();
    }

    @Override
    public Optional<OrderDetailView> detail(String posAccountId, String posOrderId) {
        return orders.findForMerchant(posAccountId, posOrderId).map(order -> {
            String currency = order.currency().strip();
            List<OrderLine> current = lines.findByOrderIdAndRevisionOrderByLineNo(order.id(), order.linesRevision())
                    .stream().map(line -> rows.line(line, currency)).toList();
            List<HistoryView> history = events.findByOrderIdOrderById(order.id()).stream()
                    .map(e -> new HistoryView(e.occurredAt(), e.source(), e.eventType(), e.fromStatus(), e.toStatus(),
                            StoredText.decode(e.requestId()), e.payload())).toList();
            OrderView view = view(order, openFlags(List.of(order.id())).getOrDefault(order.id(), List.of()));
            return new OrderDetailView(view, current, history, outbox.forOrder(order.id()), order.requestBody());
        });
    }

    private Map<Long, List<String>> openFlags(List<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<String>> byOrder = new LinkedHashMap<>();
        for (OrderFlagEntity flag : flags.findOpen(orderIds)) {
            byOrder.computeIfAbsent(flag.orderId(), id -> new LinkedHashSet<>()).add(flag.flag());
        }
        Map<Long, List<String>> result = new LinkedHashMap<>();
        byOrder.forEach((id, names) -> result.put(id, new ArrayList<>(names)));
        return result;
    }

    private static OrderView view(OrderEntity e, List<String> flags) {
        return new OrderView(e.id(), e.posOrderId(), StoredText.decode(e.requestOrderId()), e.posStoreId(), e.status(),
                e.orderChannel(), StoredText.decode(e.channelOrderId()), e.serviceType(), e.deliveryProvider(),
                e.deliveryStatus(), e.autoAccept(),
                StoredText.decode(e.shortOrderNumber()), e.currency().strip(), e.orderAmount(), e.refundedAmount(),
                e.expectFulfillmentTime(), e.readyTime(), e.createdAt(), e.updatedAt(), flags);
    }
}
