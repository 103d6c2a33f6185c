package dev.dstorekit.pos.order.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/**
 * The {@code order_change_requests} table: one row per pushOrderChange requestId. Claiming the requestId with an
 * insert-if-absent makes concurrent duplicates wait for the first one's transaction and then read its answer.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrderChangeRequestRepository extends GenericRepository<OrderChangeRequestEntity, String> {

    /** @return 1 if this call claimed the requestId, 0 if it was claimed before */
    @Query("INSERT INTO order_change_requests (request_id, request_order_id, request_sha256, created_at)"
            + " VALUES (:requestId, :requestOrderId, :requestSha256, :createdAt) ON CONFLICT DO NOTHING")
    int claim(String requestId, String requestOrderId, String requestSha256, Instant createdAt);

    @Query("UPDATE order_change_requests SET answer = :answer WHERE request_id = :requestId")
    int storeAnswer(String requestId, String answer);

    Optional<OrderChangeRequestEntity> findById(String requestId);
}
