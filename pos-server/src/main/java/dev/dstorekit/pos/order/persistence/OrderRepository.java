package dev.dstorekit.pos.order.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code orders} table (createOrder's insert is plain JDBC in {@link JdbcOrderStore}). The same SQL runs on
 * PostgreSQL and on H2 in PostgreSQL mode.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrderRepository extends GenericRepository<OrderEntity, Long> {

    @Query("SELECT nextval('order_id_seq')")
    long nextId();

    Optional<OrderEntity> findByRequestOrderId(String requestOrderId);

    /** Locks the order row until the transaction ends, so changes to one order are applied one after the other. */
    @Query("SELECT * FROM orders WHERE request_order_id = :requestOrderId FOR UPDATE")
    Optional<OrderEntity> lockByRequestOrderId(String requestOrderId);

    @Query("UPDATE orders SET status = :status, delivery_status = :deliveryStatus, refunded_amount = :refundedAmount,"
            + " lines_revision = :linesRevision, version = version + 1, updated_at = :updatedAt"
            + " WHERE id = :id AND version = :version")
    int updateState(long id, long version, String status, @Nullable String deliveryStatus, long refundedAmount,
                    int linesRevision, Instant updatedAt);

    /** An order of this account, locked until the transaction ends (merchant changes of one order go one by one). */
    @Query("SELECT * FROM orders WHERE pos_order_id = :posOrderId AND pos_account_id = :posAccountId FOR UPDATE")
    Optional<OrderEntity> lockForMerchant(String posAccountId, String posOrderId);

    @Query("SELECT * FROM orders WHERE pos_order_id = :posOrderId AND pos_account_id = :posAccountId")
    Optional<OrderEntity> findForMerchant(String posAccountId, String posOrderId);

    /** Newest first; a null filter matches everything (the casts let PostgreSQL type a null parameter). */
    @Query("SELECT * FROM orders WHERE pos_account_id = :posAccountId"
            + " AND (CAST(:posStoreId AS VARCHAR) IS NULL OR pos_store_id = :posStoreId)"
            + " AND (CAST(:status AS VARCHAR(16)) IS NULL OR status = :status)"
            + " AND (CAST(:createdFrom AS TIMESTAMP WITH TIME ZONE) IS NULL OR created_at >= :createdFrom)"
            + " AND (CAST(:createdTo AS TIMESTAMP WITH TIME ZONE) IS NULL OR created_at < :createdTo)"
            + " ORDER BY created_at DESC, id DESC LIMIT :limit")
    List<OrderEntity> findForMerchant(String posAccountId, @Nullable String posStoreId, @Nullable String status,
                                      @Nullable Instant createdFrom, @Nullable Instant createdTo, int limit);

    @Query("UPDATE orders SET status = :status, short_order_number = :shortOrderNumber, ready_time = :readyTime,"
            + " delivery_status = :deliveryStatus, refunded_amount = :refundedAmount, version = version + 1,"
            + " updated_at = :updatedAt WHERE id = :id AND version = :version")
    int updateMerchantState(long id, long version, String status, @Nullable String shortOrderNumber,
                            @Nullable Instant readyTime, @Nullable String deliveryStatus, long refundedAmount,
                            Instant updatedAt);
}
