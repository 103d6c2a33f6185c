package dev.dstorekit.pos.catalog.application;

import dev.dstorekit.pos.shared.StoredText;
import dev.dstorekit.pos.store.application.StoreCatalogState;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records that a store's catalog must be sent to D-Store again in full (REFERENCE §5.6: an order D-Store computed
 * from data the POS does not have means the catalogs diverged). {@link CatalogResyncFeeder} acts on the mark. Runs
 * inside the caller's transaction.
 */
@Singleton
public class CatalogResync {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogResync.class);
    private static final int MAX_REASON = 1024;

    private final StoreCatalogState stores;

    public CatalogResync(StoreCatalogState stores) {
        this.stores = stores;
    }

    public void request(String posAccountId, String posStoreId, String reason) {
        String shortReason = StoredText.note(reason, MAX_REASON);
        stores.markForResync(posAccountId, posStoreId, shortReason);
        LOG.warn("Catalog of store {}/{} marked for a full re-sync: {}", posAccountId, posStoreId, shortReason);
    }
}
