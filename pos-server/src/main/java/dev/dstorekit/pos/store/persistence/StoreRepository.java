package dev.dstorekit.pos.store.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The {@code stores} table; the same SQL runs on PostgreSQL and on H2 in PostgreSQL mode. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StoreRepository extends GenericRepository<StoreEntity, StoreKey> {

    /** Adds the store unless it is there; safe to run from several instances at once. */
    @Query("INSERT INTO stores (pos_account_id, pos_store_id, catalog_resync_needed, created_at)"
            + " VALUES (:posAccountId, :posStoreId, FALSE, :createdAt) ON CONFLICT DO NOTHING")
    int registerIfAbsent(String posAccountId, String posStoreId, Instant createdAt);

    @Query("UPDATE stores SET catalog_resync_needed = TRUE, catalog_resync_reason = :reason,"
            + " catalog_resync_requested_at = :requestedAt"
            + " WHERE pos_account_id = :posAccountId AND pos_store_id = :posStoreId")
    int requestCatalogResync(String posAccountId, String posStoreId, String reason, Instant requestedAt);

    Optional<StoreEntity> findById(StoreKey id);
}
