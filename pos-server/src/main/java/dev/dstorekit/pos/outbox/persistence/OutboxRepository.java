package dev.dstorekit.pos.outbox.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code outbox_messages} table. The claim is two steps in one transaction: select due heads of their ordering
 * keys {@code FOR UPDATE SKIP LOCKED} (rows another sender is claiming are skipped, not waited for), then take each
 * lease with a guarded update that re-checks the row as committed now — on PostgreSQL and on H2 alike.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutboxRepository extends GenericRepository<OutboxMessageEntity, Long> {

    OutboxMessageEntity save(OutboxMessageEntity message);

    /**
     * Due PENDING messages with no lease (or an expired one) and no earlier PENDING message of the same key: the
     * next message of an order is never claimable while the one before it is still on its way.
     */
    @Query("SELECT m.* FROM outbox_messages m WHERE m.state = 'PENDING' AND m.next_attempt_at <= :now"
            + " AND (m.locked_until IS NULL OR m.locked_until <= :now)"
            + " AND NOT EXISTS (SELECT 1 FROM outbox_messages e WHERE e.ordering_key = m.ordering_key"
            + " AND e.state = 'PENDING' AND e.id < m.id)"
            + " ORDER BY m.id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<OutboxMessageEntity> lockDue(Instant now, int limit);

    /** @return 1 if the lease was taken, 0 if the row changed since it was selected */
    @Query("UPDATE outbox_messages SET locked_by = :token, locked_until = :lockedUntil, attempts = attempts + 1,"
            + " last_attempt_at = :now WHERE id = :id AND state = 'PENDING'"
            + " AND (locked_until IS NULL OR locked_until <= :now)")
    int lease(long id, String token, Instant lockedUntil, Instant now);

    /** Extends a lease still held by {@code token}; 0 if another sender took the message meanwhile. */
    @Query("UPDATE outbox_messages SET locked_until = :lockedUntil WHERE id = :id AND locked_by = :token"
            + " AND state = 'PENDING'")
    int renew(long id, String token, Instant lockedUntil);

    @Query("UPDATE outbox_messages SET state = :state, last_result_code = :code, last_result_message = :message,"
            + " locked_by = NULL, locked_until = NULL, finished_at = :now WHERE id = :id AND locked_by = :token")
    int finish(long id, String token, String state, String code, @Nullable String message, Instant now);

    @Query("UPDATE outbox_messages SET next_attempt_at = :nextAttemptAt, last_result_code = :code,"
            + " last_result_message = :message, locked_by = NULL, locked_until = NULL"
            + " WHERE id = :id AND locked_by = :token")
    int reschedule(long id, String token, Instant nextAttemptAt, String code, @Nullable String message);

    @Query("UPDATE outbox_messages SET locked_by = NULL, locked_until = NULL, attempts = attempts - 1"
            + " WHERE id = :id AND locked_by = :token")
    int release(long id, String token);

    @Query("SELECT count(*) FROM outbox_messages WHERE state = 'PENDING'")
    long countPending();

    @Query("SELECT * FROM outbox_messages WHERE order_id = :orderId ORDER BY id")
    List<OutboxMessageEntity> findByOrder(long orderId);

    @Query("SELECT * FROM outbox_messages WHERE pos_account_id = :posAccountId AND pos_store_id = :posStoreId"
            + " AND operation = :operation ORDER BY id DESC LIMIT 1")
    Optional<OutboxMessageEntity> findLatest(String posAccountId, String posStoreId, String operation);
}
