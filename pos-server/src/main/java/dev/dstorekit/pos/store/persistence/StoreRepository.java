package dev.dstorekit.pos.store.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code stores} table; the same SQL runs on PostgreSQL and on H2 in PostgreSQL mode. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StoreRepository extends GenericRepository<StoreEntity, StoreKey> {

    /**
     * Adds the store unless its id is taken (by this account or, since V5, by another); safe to run from several
     * instances at once. 1 if added, 0 if not: {@link #findByStoreId} tells who holds it.
     */
    @Query("INSERT INTO stores (pos_account_id, pos_store_id, catalog_resync_needed, created_at)"
            + " VALUES (:posAccountId, :posStoreId, FALSE, :createdAt) ON CONFLICT DO NOTHING")
    int registerIfAbsent(String posAccountId, String posStoreId, Instant createdAt);

    /** Adds a store from the merchant API unless its id is taken, by this account or another; 1 if added, 0 if not. */
    @Query("INSERT INTO stores (pos_account_id, pos_store_id, catalog_resync_needed, created_at, origin, name,"
            + " auto_accept) VALUES (:posAccountId, :posStoreId, FALSE, :createdAt, 'MERCHANT_API', :name, FALSE)"
            + " ON CONFLICT DO NOTHING")
    int addFromMerchantApi(String posAccountId, String posStoreId, @Nullable String name, Instant createdAt);

    @Query("UPDATE stores SET catalog_resync_needed = TRUE, catalog_resync_reason = :reason,"
            + " catalog_resync_requested_at = :requestedAt"
            + " WHERE pos_account_id = :posAccountId AND pos_store_id = :posStoreId")
    int requestCatalogResync(String posAccountId, String posStoreId, String reason, Instant requestedAt);

    /** Clears the re-sync mark: a full sync of the whole catalog is queued in the same transaction. */
    @Query("UPDATE stores SET catalog_resync_needed = FALSE, catalog_resync_reason = NULL"
            + " WHERE pos_account_id = :posAccountId AND pos_store_id = :posStoreId")
    int clearCatalogResync(String posAccountId, String posStoreId);

    Optional<StoreEntity> findById(StoreKey id);

    /** The store with this id, whichever account holds it (a store id belongs to one account: V5's unique key). */
    @Query("SELECT * FROM stores WHERE pos_store_id = :posStoreId")
    Optional<StoreEntity> findByStoreId(String posStoreId);

    /** Locks the store row until the transaction ends: catalog changes of one store queue their messages in turn. */
    @Query("SELECT * FROM stores WHERE pos_account_id = :posAccountId AND pos_store_id = :posStoreId FOR UPDATE")
    Optional<StoreEntity> lock(String posAccountId, String posStoreId);

    @Query("SELECT * FROM stores WHERE pos_account_id = :posAccountId ORDER BY created_at, pos_store_id")
    List<StoreEntity> findByAccount(String posAccountId);

    /**
     * Stores marked for a full re-sync that have a catalog to send, locked for this transaction; rows another
     * instance is re-syncing are skipped.
     */
    @Query("SELECT * FROM stores s WHERE s.catalog_resync_needed = TRUE AND EXISTS (SELECT 1 FROM products p"
            + " WHERE p.pos_account_id = s.pos_account_id AND p.pos_store_id = s.pos_store_id)"
            + " ORDER BY s.catalog_resync_requested_at LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<StoreEntity> lockDueForResync(int limit);
}
