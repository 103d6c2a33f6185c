package dev.dstorekit.pos.store.application;

import jakarta.inject.Singleton;

import java.util.List;

/**
 * What a store's record keeps for its catalog: the lock under which one store's catalog changes queue their messages
 * in turn, and the mark saying its catalog must be sent to D-Store again in full. A configured store whose record is
 * not there yet gets it first. Runs in the caller's transaction.
 */
@Singleton
public class StoreCatalogState {

    private final StoreRecords stores;

    public StoreCatalogState(StoreRecords stores) {
        this.stores = stores;
    }

    /** The store, locked until the caller's transaction ends. */
    public StoreRecord lock(String posAccountId, String posStoreId) {
        return stores.lock(posAccountId, posStoreId).orElseGet(() -> {
            stores.registerIfAbsent(posAccountId, posStoreId);
            return stores.lock(posAccountId, posStoreId).orElseThrow();
        });
    }

    public void markForResync(String posAccountId, String posStoreId, String reason) {
        stores.registerIfAbsent(posAccountId, posStoreId);
        stores.markCatalogResync(posAccountId, posStoreId, reason);
    }

    /** Clears the mark: a full sync of the whole catalog is queued in the same transaction. */
    public void clearResync(String posAccountId, String posStoreId) {
        stores.clearCatalogResync(posAccountId, posStoreId);
    }

    /** Marked stores that have a catalog to send, locked; those another instance is re-syncing are skipped. */
    public List<StoreRecord> lockDueForResync(int limit) {
        return stores.lockDueForResync(limit);
    }
}
