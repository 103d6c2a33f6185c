package dev.dstorekit.pos.store.application;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * Where the stores this POS serves are recorded, each with its catalog sync state. A store id belongs to one account
 * only: the database's unique key on it decides, so two accounts adding one id at once cannot both win, on one
 * instance or several.
 */
public interface StoreRecords {

    /** Records a configured store unless its id is taken, by this account or another; true if recorded. */
    boolean registerIfAbsent(String posAccountId, String posStoreId);

    /** Records a store added through the merchant API (auto-accept off) unless its id is taken; true if recorded. */
    boolean addFromMerchantApi(String posAccountId, String posStoreId, @Nullable String name);

    Optional<StoreRecord> find(String posAccountId, String posStoreId);

    /** The store with this id, whichever account holds it. */
    Optional<StoreRecord> findByStoreId(String posStoreId);

    /** The account's recorded stores, oldest first. */
    List<StoreRecord> findByAccount(String posAccountId);

    /** The store, locked until the caller's transaction ends. */
    Optional<StoreRecord> lock(String posAccountId, String posStoreId);

    void markCatalogResync(String posAccountId, String posStoreId, String reason);

    void clearCatalogResync(String posAccountId, String posStoreId);

    /**
     * Stores marked for a full re-sync that have a catalog to send, locked for the caller's transaction; stores
     * another instance is re-syncing are skipped, not waited for.
     */
    List<StoreRecord> lockDueForResync(int limit);
}
