package dev.dstorekit.pos.order.persistence;

import dev.dstorekit.pos.catalog.CatalogResync;
import dev.dstorekit.pos.order.application.Answer;
import dev.dstorekit.pos.order.application.ChangeDecision;
import dev.dstorekit.pos.order.application.ChangeRequest;
import dev.dstorekit.pos.order.application.CreateOrderAnswer;
import dev.dstorekit.pos.order.application.MerchantChangePlan;
import dev.dstorekit.pos.order.application.OrderDraft;
import dev.dstorekit.pos.order.application.OrderFlag;
import dev.dstorekit.pos.order.application.OrderSnapshot;
import dev.dstorekit.pos.order.application.OrderStore;
import dev.dstorekit.pos.order.application.StoredOrder;
import dev.dstorekit.pos.order.domain.Channel;
import dev.dstorekit.pos.order.domain.ChangeSource;
import dev.dstorekit.pos.order.domain.Modifier;
import dev.dstorekit.pos.shared.Money;
import dev.dstorekit.pos.order.domain.NewOrder;
import dev.dstorekit.pos.order.domain.OrderLine;
import dev.dstorekit.pos.order.domain.OrderStatus;
import dev.dstorekit.pos.outbox.application.Outbox;
import dev.dstorekit.pos.shared.StoredText;
import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link OrderStore} on JDBC. Each write is one transaction; idempotency comes from the database: an
 * insert-if-absent on the idempotency key decides the winner, the loser then reads what the winner committed. A
 * merchant change, its history entry and the notifyOrderChange that reports it commit together (transactional
 * outbox), on the order row locked for the transaction. Text from D-Store goes through {@link StoredText}: stored as
 * sent, except for characters a database cannot hold, and read back exactly.
 */
@Singleton
public class JdbcOrderStore implements OrderStore {

    private static final Argument<List<Modifier>> MODIFIERS = Argument.listOf(Modifier.class);

    /**
     * Stores the order unless one with its request_order_id is there: {@code ON CONFLICT DO NOTHING} without a target
     * (H2 accepts no other form), which is why request_order_id is the table's only unique key besides the primary
     * key. The columns left out keep their defaults.
     */
    private static final String INSERT_ORDER = "INSERT INTO orders (id, request_order_id, pos_order_id, pos_account_id,"
            + " pos_store_id, order_channel, channel_order_id, service_type, delivery_provider, status, auto_accept,"
            + " short_order_number, currency, order_amount, expect_fulfillment_time, order_time, request_sha256,"
            + " request_body, answer, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String INSERT_LINE = "INSERT INTO order_lines (order_id, revision, line_no, pos_product_id,"
            + " name, quantity, unit_price, total_amount, modifiers, remark) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO order_events (order_id, occurred_at, source, event_type,"
            + " from_status, to_status, request_id, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final OrderRepository orders;
    private final OrderLineRepository lines;
    private final OrderEventRepository events;
    private final OrderFlagRepository flags;
    private final OrderChangeRequestRepository changeRequests;
    private final CatalogResync catalogResync;
    private final Outbox outbox;
    private final JsonMapper json;
    private final Clock clock;
    private final JdbcOperations jdbc;
    private final OrderIds ids;

    public JdbcOrderStore(OrderRepository orders, OrderLineRepository lines, OrderEventRepository events,
                          OrderFlagRepository flags, OrderChangeRequestRepository changeRequests,
                          CatalogResync catalogResync, Outbox outbox, JsonMapper json, Clock clock,
                          JdbcOperations jdbc) {
        this.orders = orders;
        this.lines = lines;
        this.events = events;
        this.flags = flags;
        this.changeRequests = changeRequests;
        this.catalogResync = catalogResync;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.jdbc = jdbc;
        this.ids = new OrderIds(orders::nextId);
    }

    @Override
    public Optional<StoredOrder> findByRequestOrderId(String requestOrderId) {
        return orders.findByRequestOrderId(StoredText.encode(requestOrderId)).map(this::toStored);
    }

    /**
     * From blocks of {@value OrderIds#BLOCK} drawn from the sequence (one round trip per block, not per order); the
     * sequence's increment is the block size, so instances sharing the database never draw the same block.
     */
    @Override
    public long nextOrderId() {
        return ids.next();
    }

    /**
     * Plain JDBC on the transaction's connection, and no read-back: the insert's update count (1 stored, 0 an order
     * with this requestOrderId was there) decides, on PostgreSQL and H2 alike. Lines go in one batch.
     */
    @Override
    @Transactional
    public CreateOutcome createIfAbsent(OrderDraft draft) {
        NewOrder order = draft.order();
        Instant now = clock.instant();
        Connection connection = jdbc.getConnection();
        try {
            if (insertOrder(connection, draft, now) == 0) {
                OrderEntity stored = orders.findByRequestOrderId(StoredText.encode(order.requestOrderId()))
                        .orElseThrow(() -> new IllegalStateException("order " + order.requestOrderId() + " vanished"));
                return new CreateOutcome(toStored(stored), false);
            }
            insertLines(connection, draft.id(), 0, order.lines());
            insertEvent(connection, new OrderEventEntity(null, draft.id(), now, ChangeSource.DSTORE.name(),
                    "ORDER_CREATED", null, draft.status().name(), StoredText.encode(order.requestOrderId()),
                    draft.body().text()));
        } catch (SQLException e) {
            throw new DataAccessException("createOrder not stored: " + e.getMessage(), e);
        }
        if (!draft.flags().isEmpty()) {
            flags.saveAll(draft.flags().stream().map(f -> new OrderFlagEntity(null, draft.id(), f.flag(),
                    StoredText.note(f.detail(), OrderFlag.MAX_DETAIL), now, null)).toList());
        }
        if (draft.catalogResyncReason() != null) {
            catalogResync.request(order.posAccountId(), order.posStoreId(), draft.catalogResyncReason());
        }
        return new CreateOutcome(new StoredOrder(draft.id(), order.requestOrderId(), draft.posOrderId(),
                order.posAccountId(), order.posStoreId(), order.channel(), order.serviceType(), order.deliveryProvider(),
                draft.status(), null, draft.answer().shortOrderNumber(), order.orderAmount().currency(),
                order.orderAmount().value(), 0, 0, 0, draft.answer(), draft.body().sha256()), true);
    }

    private int insertOrder(Connection connection, OrderDraft draft, Instant now) throws SQLException {
        NewOrder order = draft.order();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ORDER)) {
            int i = 0;
            insert.setLong(++i, draft.id());
            insert.setString(++i, StoredText.encode(order.requestOrderId()));
            insert.setString(++i, draft.posOrderId());
            insert.setString(++i, order.posAccountId());
            insert.setString(++i, order.posStoreId());
            insert.setString(++i, order.channel().name());
            insert.setString(++i, StoredText.encode(order.channelOrderId()));
            insert.setString(++i, order.serviceType());
            insert.setString(++i, order.deliveryProvider());
            insert.setString(++i, draft.status().name());
            insert.setBoolean(++i, draft.autoAccept());
            insert.setString(++i, StoredText.encode(draft.answer().shortOrderNumber()));
            insert.setString(++i, order.orderAmount().currency());
            insert.setLong(++i, order.orderAmount().value());
            insert.setObject(++i, utc(order.expectFulfillmentTime().toInstant()));
            insert.setObject(++i, order.orderTime() == null ? null : utc(order.orderTime().toInstant()), Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setString(++i, draft.body().sha256());
            insert.setString(++i, draft.body().text());
            insert.setString(++i, write(draft.answer()));
            insert.setObject(++i, utc(now));
            insert.setObject(++i, utc(now));
            return insert.executeUpdate();
        }
    }

    private void insertLines(Connection connection, long orderId, int revision, List<OrderLine> orderLines)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_LINE)) {
            for (int lineNo = 0; lineNo < orderLines.size(); lineNo++) {
                OrderLine line = orderLines.get(lineNo);
                int i = 0;
                insert.setLong(++i, orderId);
                insert.setInt(++i, revision);
                insert.setInt(++i, lineNo);
                insert.setString(++i, StoredText.encode(line.posProductId()));
                insert.setString(++i, StoredText.encode(line.name()));
                insert.setInt(++i, line.quantity());
                insert.setObject(++i, line.unitPrice() == null ? null : line.unitPrice().value(), Types.BIGINT);
                insert.setLong(++i, line.totalAmount().value());
                insert.setString(++i, line.modifiers().isEmpty() ? null : write(line.modifiers(), MODIFIERS));
                insert.setString(++i, StoredText.encode(line.remark()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertEvent(Connection connection, OrderEventEntity event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            int i = 0;
            insert.setLong(++i, event.orderId());
            insert.setObject(++i, utc(event.occurredAt()));
            insert.setString(++i, event.source());
            insert.setString(++i, event.eventType());
            insert.setString(++i, event.fromStatus());
            insert.setString(++i, event.toStatus());
            insert.setString(++i, event.requestId());
            insert.setString(++i, event.payload());
            insert.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    @Transactional
    public ChangeOutcome applyChangeOnce(ChangeRequest request, Function<OrderSnapshot, ChangeDecision> decide) {
        String requestId = StoredText.encode(request.change().requestId());
        Instant now = clock.instant();
        if (changeRequests.claim(requestId, StoredText.encode(request.change().requestOrderId()),
                request.body().sha256(), now) == 0) {
            OrderChangeRequestEntity earlier = changeRequests.findById(requestId)
                    .orElseThrow(() -> new IllegalStateException("change request " + requestId + " vanished"));
            return new ChangeOutcome(read(earlier.answer(), Answer.class), true,
                    !earlier.requestSha256().equals(request.body().sha256()));
        }
        OrderEntity order = orders.lockByRequestOrderId(StoredText.encode(request.change().requestOrderId()))
                .orElseThrow(() -> new IllegalStateException("the order of change " + requestId + " vanished"));
        List<OrderLine> current = lines.findByOrderIdAndRevisionOrderByLineNo(order.id(), order.linesRevision())
                .stream().map(line -> toLine(line, order.currency().strip())).toList();
        ChangeDecision decision = decide.apply(new OrderSnapshot(toStored(order), current));
        if (decision instanceof ChangeDecision.Accepted accepted) {
            apply(order, accepted, request, now);
        }
        changeRequests.storeAnswer(requestId, write(decision.answer()));
        return new ChangeOutcome(decision.answer(), false, false);
    }

    @Override
    @Transactional
    public Optional<String> applyMerchantChange(String posAccountId, String posOrderId, String record,
                                                Function<StoredOrder, MerchantChangePlan> plan) {
        Optional<OrderEntity> locked = orders.lockForMerchant(posAccountId, posOrderId);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        OrderEntity order = locked.get();
        MerchantChangePlan change = plan.apply(toStored(order));
        Instant now = clock.instant();
        int updated = orders.updateMerchantState(order.id(), order.version(),
                change.newStatus() != null ? change.newStatus().name() : order.status(),
                change.newShortOrderNumber() != null ? StoredText.encode(change.newShortOrderNumber())
                        : order.shortOrderNumber(),
                change.newReadyTime() != null ? change.newReadyTime() : order.readyTime(),
                change.newDeliveryStatus() != null ? change.newDeliveryStatus() : order.deliveryStatus(),
                order.refundedAmount() + change.refundAdded(), now);
        if (updated != 1) {
            throw new IllegalStateException("order " + order.posOrderId() + " changed concurrently");
        }
        String requestId = outbox.notifyOrderChange(new Outbox.OrderRef(order.id(), order.posOrderId(),
                StoredText.decode(order.requestOrderId()), order.posAccountId(), order.posStoreId()),
                change.notification());
        ChangeDecision.HistoryEntry entry = change.history();
        events.saveAll(List.of(new OrderEventEntity(null, order.id(), now, ChangeSource.MERCHANT.name(),
                entry.eventType(), name(entry.fromStatus()), name(entry.toStatus()), requestId, record)));
        return Optional.of(requestId);
    }

    private void apply(OrderEntity order, ChangeDecision.Accepted change, ChangeRequest request, Instant now) {
        int revision = order.linesRevision();
        if (change.newLines() != null) {
            revision++;
            lines.saveAll(lineEntities(order.id(), revision, change.newLines()));
        }
        String status = change.newStatus() != null ? change.newStatus().name() : order.status();
        String deliveryStatus = change.newDeliveryStatus() != null ? change.newDeliveryStatus() : order.deliveryStatus();
        int updated = orders.updateState(order.id(), order.version(), status, deliveryStatus,
                order.refundedAmount() + change.refundAdded(), revision, now);
        if (updated != 1) {
            throw new IllegalStateException("order " + order.posOrderId() + " changed concurrently");
        }
        events.saveAll(change.history().stream().map(entry -> new OrderEventEntity(null, order.id(), now,
                request.source().name(), entry.eventType(), name(entry.fromStatus()), name(entry.toStatus()),
                StoredText.encode(request.change().requestId()), request.body().text())).toList());
    }

    private List<OrderLineEntity> lineEntities(long orderId, int revision, List<OrderLine> orderLines) {
        List<OrderLineEntity> entities = new ArrayList<>();
        for (int i = 0; i < orderLines.size(); i++) {
            OrderLine line = orderLines.get(i);
            entities.add(new OrderLineEntity(null, orderId, revision, i, StoredText.encode(line.posProductId()),
                    StoredText.encode(line.name()), line.quantity(),
                    line.unitPrice() == null ? null : line.unitPrice().value(), line.totalAmount().value(),
                    line.modifiers().isEmpty() ? null : write(line.modifiers(), MODIFIERS),
                    StoredText.encode(line.remark())));
        }
        return entities;
    }

    /** One order has one currency, so the lines table stores minor units only. */
    private OrderLine toLine(OrderLineEntity entity, String currency) {
        List<Modifier> modifiers = entity.modifiers() == null ? List.of() : read(entity.modifiers(), MODIFIERS);
        return new OrderLine(StoredText.decode(entity.posProductId()), StoredText.decode(entity.name()),
                entity.quantity(), entity.unitPrice() == null ? null : new Money(entity.unitPrice(), currency),
                new Money(entity.totalAmount(), currency), modifiers, StoredText.decode(entity.remark()));
    }

    private StoredOrder toStored(OrderEntity e) {
        return new StoredOrder(e.id(), StoredText.decode(e.requestOrderId()), e.posOrderId(), e.posAccountId(),
                e.posStoreId(), Channel.valueOf(e.orderChannel()), e.serviceType(), e.deliveryProvider(),
                OrderStatus.valueOf(e.status()), e.deliveryStatus(), StoredText.decode(e.shortOrderNumber()),
                e.currency().strip(), e.orderAmount(), e.refundedAmount(), e.linesRevision(), e.version(),
                read(e.answer(), CreateOrderAnswer.class), e.requestSha256().strip());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String name(OrderStatus status) {
        return status == null ? null : status.name();
    }

    private String write(Object value) {
        return write(value, Argument.ofInstance(value));
    }

    private <T> String write(T value, Argument<T> type) {
        try {
            return new String(json.writeValueAsBytes(type, value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        return read(text, Argument.of(type));
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON unreadable as " + type.getTypeName(), e);
        }
    }
}
