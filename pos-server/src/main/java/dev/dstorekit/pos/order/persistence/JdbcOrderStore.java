package dev.dstorekit.pos.order.persistence;

import dev.dstorekit.pos.order.application.Answer;
import dev.dstorekit.pos.order.application.ChangeDecision;
import dev.dstorekit.pos.order.application.ChangeRequest;
import dev.dstorekit.pos.order.application.MerchantChangePlan;
import dev.dstorekit.pos.order.application.OrderDraft;
import dev.dstorekit.pos.order.application.OrderFlag;
import dev.dstorekit.pos.order.application.OrderSnapshot;
import dev.dstorekit.pos.order.application.OrderStore;
import dev.dstorekit.pos.order.application.StoredOrder;
import dev.dstorekit.pos.order.domain.ChangeSource;
import dev.dstorekit.pos.order.domain.NewOrder;
import dev.dstorekit.pos.order.domain.OrderLine;
import dev.dstorekit.pos.order.domain.OrderStatus;
import dev.dstorekit.pos.shared.StoredText;
import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link OrderStore} on JDBC. Idempotency comes from the database: an insert-if-absent on the idempotency key decides
 * the winner, the loser then reads what the winner committed. A merchant change is written on the order row locked
 * for the caller's transaction, checked against the version it was read at. Text from D-Store goes through
 * {@link StoredText}: stored as sent, except for characters a database cannot hold, and read back exactly.
 */
@Singleton
public class JdbcOrderStore implements OrderStore {

    /** order_events.payload is unbounded; an outbound failure's detail quotes D-Store's answer, which is not. */
    private static final int MAX_EVENT_PAYLOAD = 8192;

    private final OrderRepository orders;
    private final OrderLineRepository lines;
    private final OrderEventRepository events;
    private final OrderFlagRepository flags;
    private final OrderChangeRequestRepository changeRequests;
    private final CreateOrderInserts inserts;
    private final OrderRowMapper rows;
    private final Clock clock;
    private final JdbcOperations jdbc;
    private final OrderIds ids;
    private volatile Boolean postgres;

    public JdbcOrderStore(OrderRepository orders, OrderLineRepository lines, OrderEventRepository events,
                          OrderFlagRepository flags, OrderChangeRequestRepository changeRequests,
                          CreateOrderInserts inserts, OrderRowMapper rows, Clock clock, JdbcOperations jdbc) {
        this.orders = orders;
        this.lines = lines;
        this.events = events;
        this.flags = flags;
        this.changeRequests = changeRequests;
        this.inserts = inserts;
        this.rows = rows;
        this.clock = clock;
        this.jdbc = jdbc;
        this.ids = new OrderIds(orders::nextId);
    }

    @Override
    public Optional<StoredOrder> findByRequestOrderId(String requestOrderId) {
        return orders.findByRequestOrderId(StoredText.encode(requestOrderId)).map(rows::order);
    }

    /**
     * From blocks of {@value OrderIds#BLOCK} drawn from the sequence (one round trip per block, not per order); the
     * sequence's increment is the block size, so instances sharing the database never draw the same block.
     */
    @Override
    public long nextOrderId() {
        return ids.next();
    }

    @Override
    @Transactional
    public CreateOutcome createIfAbsent(OrderDraft draft) {
        NewOrder order = draft.order();
        Instant now = clock.instant();
        Connection connection = jdbc.getConnection();
        OrderEventEntity created = new OrderEventEntity(null, draft.id(), now, ChangeSource.DSTORE.name(),
                "ORDER_CREATED", null, draft.status().name(), StoredText.encode(order.requestOrderId()),
                draft.body().text());
        try {
            if (store(connection, draft, created) == 0) {
                OrderEntity stored = orders.findByRequestOrderId(StoredText.encode(order.requestOrderId()))
                        .orElseThrow(() -> new IllegalStateException("order " + order.requestOrderId() + " vanished"));
                return new CreateOutcome(rows.order(stored), false);
            }
        } catch (SQLException e) {
            throw new DataAccessException("createOrder not stored: " + e.getMessage(), e);
        }
        if (!draft.flags().isEmpty()) {
            flags.saveAll(draft.flags().stream().map(f -> new OrderFlagEntity(null, draft.id(), f.flag(),
                    StoredText.note(f.detail(), OrderFlag.MAX_DETAIL), now, null)).toList());
        }
        return new CreateOutcome(new StoredOrder(draft.id(), order.requestOrderId(), draft.posOrderId(),
                order.posAccountId(), order.posStoreId(), order.channel(), order.serviceType(), order.deliveryProvider(),
                draft.status(), null, draft.answer().shortOrderNumber(), null, order.orderAmount().currency(),
                order.orderAmount().value(), 0, 0, 0, draft.answer(), draft.body().sha256()), true);
    }

    /** @return 1 if the order, its lines and its history entry were stored, 0 if its requestOrderId was there */
    private int store(Connection connection, OrderDraft draft, OrderEventEntity created) throws SQLException {
        if (oneStatement(connection)) {
            return inserts.insertAll(connection, draft, created);
        }
        if (inserts.insertOrder(connection, draft, created.occurredAt()) == 0) {
            return 0;
        }
        inserts.insertLines(connection, draft.id(), 0, draft.order().lines());
        inserts.insertEvent(connection, created);
        return 1;
    }

    /** Whether the database takes createOrder's writes as one statement: PostgreSQL does, H2 does not. */
    private boolean oneStatement(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            postgres = known;
        }
        return known;
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
            return new ChangeOutcome(rows.read(earlier.answer(), Argument.of(Answer.class)), true,
                    !earlier.requestSha256().equals(request.body().sha256()));
        }
        OrderEntity order = orders.lockByRequestOrderId(StoredText.encode(request.change().requestOrderId()))
                .orElseThrow(() -> new IllegalStateException("the order of change " + requestId + " vanished"));
        List<OrderLine> current = lines.findByOrderIdAndRevisionOrderByLineNo(order.id(), order.linesRevision())
                .stream().map(line -> rows.line(line, order.currency().strip())).toList();
        ChangeDecision decision = decide.apply(new OrderSnapshot(rows.order(order), current));
        if (decision instanceof ChangeDecision.Accepted accepted) {
            apply(order, accepted, request, now);
        }
        changeRequests.storeAnswer(requestId, rows.write(decision.answer()));
        return new ChangeOutcome(decision.answer(), false, false);
    }

    private void apply(OrderEntity order, ChangeDecision.Accepted change, ChangeRequest request, Instant now) {
        int revision = order.linesRevision();
        if (change.newLines() != null) {
            revision++;
            lines.saveAll(rows.lineEntities(order.id(), revision, change.newLines()));
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

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<StoredOrder> lockForMerchant(String posAccountId, String posOrderId) {
        return orders.lockForMerchant(posAccountId, posOrderId).map(rows::order);
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void applyMerchantChange(StoredOrder order, MerchantChangePlan change, String requestId, String record) {
        Instant now = clock.instant();
        int updated = orders.updateMerchantState(order.id(), order.version(),
                (change.newStatus() != null ? change.newStatus() : order.status()).name(),
                StoredText.encode(change.newShortOrderNumber() != null ? change.newShortOrderNumber()
                        : order.shortOrderNumber()),
                change.newReadyTime() != null ? change.newReadyTime() : order.readyTime(),
                change.newDeliveryStatus() != null ? change.newDeliveryStatus() : order.deliveryStatus(),
                order.refundedAmount() + change.refundAdded(), now);
        if (updated != 1) {
            throw new IllegalStateException("order " + order.posOrderId() + " changed concurrently");
        }
        ChangeDecision.HistoryEntry entry = change.history();
        events.saveAll(List.of(new OrderEventEntity(null, order.id(), now, ChangeSource.MERCHANT.name(),
                entry.eventType(), name(entry.fromStatus()), name(entry.toStatus()), requestId, record)));
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void flagOutboundFailure(long orderId, String requestId, String detail) {
        Instant now = clock.instant();
        flags.saveAll(List.of(new OrderFlagEntity(null, orderId, OrderFlag.OUTBOUND_FAILED,
                StoredText.note(detail, OrderFlag.MAX_DETAIL), now, null)));
        events.saveAll(List.of(new OrderEventEntity(null, orderId, now, ChangeSource.POS.name(),
                OrderFlag.OUTBOUND_FAILED, null, null, requestId, StoredText.note(detail, MAX_EVENT_PAYLOAD))));
    }

    private static String name(OrderStatus status) {
        return status == null ? null : status.name();
    }
}
