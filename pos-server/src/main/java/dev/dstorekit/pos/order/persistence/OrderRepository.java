package dev.dstorekit.pos.order.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/**
 * The {@code orders} table. The same SQL runs on PostgreSQL and on H2 in PostgreSQL mode: the idempotent insert is
 * {@code ON CONFLICT DO NOTHING} without a target (H2 accepts no other form), which is why request_order_id is the
 * table's only unique key besides the primary key.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrderRepository extends GenericRepository<OrderEntity, Long> {

    @Query("SELECT nextval('order_id_seq')")
    long nextId();

    /**
     * Stores the order unless one with its request_order_id is there. Whether this call won is read back from the
     * stored row's id (the update count of an entity-bound insert is not reported reliably).
     */
    @Query("INSERT INTO orders (id, request_order_id, pos_order_id, pos_account_id, pos_store_id, order_channel,"
            + " channel_order_id, service_type, delivery_provider, status, delivery_status, auto_accept,"
            + " short_order_number, currency, order_amount, refunded_amount, expect_fulfillment_time, order_time,"
            + " ready_time, lines_revision, request_sha256, request_body, answer, version, created_at, updated_at)"
            + " VALUES (:id, :requestOrderId, :posOrderId, :posAccountId, :posStoreId, :orderChannel,"
            + " :channelOrderId, :serviceType, :deliveryProvider, :status, :deliveryStatus, :autoAccept,"
            + " :shortOrderNumber, :currency, :orderAmount, :refundedAmount, :expectFulfillmentTime, :orderTime,"
            + " :readyTime, :linesRevision, :requestSha256, :requestBody, :answer, :version, :createdAt, :updatedAt)"
            + " ON CONFLICT DO NOTHING")
    void insertIfAbsent(OrderEntity order);

    Optional<OrderEntity> findByRequestOrderId(String requestOrderId);

    /** Locks the order row until the transaction ends, so changes to one order are applied one after the other. */
    @Query("SELECT * FROM orders WHERE request_order_id = :requestOrderId FOR UPDATE")
    Optional<OrderEntity> lockByRequestOrderId(String requestOrderId);

    @Query("UPDATE orders SET status = :status, delivery_status = :deliveryStatus, refunded_amount = :refundedAmount,"
            + " lines_revision = :linesRevision, version = version + 1, updated_at = :updatedAt"
            + " WHERE id = :id AND version = :version")
    int updateState(long id, long version, String status, @Nullable String deliveryStatus, long refundedAmount,
                    int linesRevision, Instant updatedAt);
}
