package dev.dstorekit.pos.order.persistence;

import dev.dstorekit.pos.order.application.OrderDraft;
import dev.dstorekit.pos.order.domain.NewOrder;
import dev.dstorekit.pos.order.domain.OrderLine;
import dev.dstorekit.pos.shared.StoredText;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * createOrder's writes as plain JDBC on the transaction's connection, with no read-back: they run once per paid order
 * at a lunch-rush rate, and the insert's update count alone (1 stored, 0 an order with this requestOrderId was
 * there) decides, on PostgreSQL and H2 alike. On PostgreSQL the order, its lines and its history entry are one
 * statement ({@link #insertAll}): one round trip to the database instead of three. H2 runs in the process, where a
 * statement costs no round trip, and has no data-modifying WITH, so it gets the order, the lines in one batch and the
 * history entry as three statements.
 */
@Singleton
public class CreateOrderInserts {

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

    /**
     * {@link #INSERT_ORDER}, then the lines (one array per column, unnested in order) and the history entry, both
     * written only if the order row was: a known requestOrderId makes the whole statement write nothing.
     */
    private static final String INSERT_ALL = "WITH o AS (" + INSERT_ORDER + " RETURNING id),"
            + " l AS (INSERT INTO order_lines (order_id, revision, line_no, pos_product_id, name, quantity, unit_price,"
            + " total_amount, modifiers, remark)"
            + " SELECT o.id, 0, x.n - 1, x.pos_product_id, x.name, x.quantity, x.unit_price, x.total_amount,"
            + " x.modifiers, x.remark FROM o CROSS JOIN unnest(CAST(? AS varchar[]), CAST(? AS varchar[]),"
            + " CAST(? AS int[]), CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS varchar[]))"
            + " WITH ORDINALITY AS x(pos_product_id, name, quantity, unit_price, total_amount, modifiers, remark, n)),"
            + " e AS (INSERT INTO order_events (order_id, occurred_at, source, event_type, from_status, to_status,"
            + " request_id, payload) SELECT o.id, CAST(? AS timestamp with time zone), CAST(? AS varchar),"
            + " CAST(? AS varchar), CAST(? AS varchar), CAST(? AS varchar), CAST(? AS varchar), CAST(? AS text) FROM o)"
            + " SELECT count(*) FROM o";

    private final OrderRowMapper rows;

    public CreateOrderInserts(OrderRowMapper rows) {
        this.rows = rows;
    }

    /** @return 1 if the order was stored, 0 if an order with its requestOrderId was there */
    public int insertOrder(Connection connection, OrderDraft draft, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ORDER)) {
            setOrder(insert, draft, now);
            return insert.executeUpdate();
        }
    }

    /**
     * The order, its lines and its history entry in one statement (PostgreSQL only).
     *
     * @return 1 if the order was stored, 0 if an order with its requestOrderId was there (and nothing was written)
     */
    public int insertAll(Connection connection, OrderDraft draft, OrderEventEntity event) throws SQLException {
        List<OrderLine> orderLines = draft.order().lines();
        int n = orderLines.size();
        String[] productIds = new String[n];
        String[] names = new String[n];
        Integer[] quantities = new Integer[n];
        Long[] unitPrices = new Long[n];
        Long[] totals = new Long[n];
        String[] modifiers = new String[n];
        String[] remarks = new String[n];
        for (int k = 0; k < n; k++) {
            OrderLine line = orderLines.get(k);
            productIds[k] = StoredText.encode(line.posProductId());
            names[k] = StoredText.encode(line.name());
            quantities[k] = line.quantity();
            unitPrices[k] = line.unitPrice() == null ? null : line.unitPrice().value();
            totals[k] = line.totalAmount().value();
            modifiers[k] = rows.modifiers(line.modifiers());
            remarks[k] = StoredText.encode(line.remark());
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
            int i = setOrder(insert, draft, event.occurredAt());
            insert.setArray(++i, connection.createArrayOf("varchar", productIds));
            insert.setArray(++i, connection.createArrayOf("varchar", names));
            insert.setArray(++i, connection.createArrayOf("int4", quantities));
            insert.setArray(++i, connection.createArrayOf("int8", unitPrices));
            insert.setArray(++i, connection.createArrayOf("int8", totals));
            insert.setArray(++i, connection.createArrayOf("text", modifiers));
            insert.setArray(++i, connection.createArrayOf("varchar", remarks));
            setEvent(insert, i, event);
            try (ResultSet stored = insert.executeQuery()) {
                stored.next();
                return stored.getInt(1);
            }
        }
    }

    /** @return the index of the last parameter set */
    private int setOrder(PreparedStatement insert, OrderDraft draft, Instant now) throws SQLException {
        NewOrder order = draft.order();
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
        insert.setString(++i, rows.write(draft.answer()));
        insert.setObject(++i, utc(now));
        insert.setObject(++i, utc(now));
        return i;
    }

    public void insertLines(Connection connection, long orderId, int revision, List<OrderLine> orderLines)
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
                insert.setString(++i, rows.modifiers(line.modifiers()));
                insert.setString(++i, StoredText.encode(line.remark()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public void insertEvent(Connection connection, OrderEventEntity event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            insert.setLong(1, event.orderId());
            setEvent(insert, 1, event);
            insert.executeUpdate();
        }
    }

    /** The event's columns after its order id, from the parameter after {@code last}. */
    private static void setEvent(PreparedStatement insert, int last, OrderEventEntity event) throws SQLException {
        int i = last;
        insert.setObject(++i, utc(event.occurredAt()));
        insert.setString(++i, event.source());
        insert.setString(++i, event.eventType());
        insert.setString(++i, event.fromStatus());
        insert.setString(++i, event.toStatus());
        insert.setString(++i, event.requestId());
        insert.setString(++i, event.payload());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
