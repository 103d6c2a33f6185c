package dev.dstorekit.pos.catalog;

import dev.dstorekit.pos.shared.StoredText;
import dev.dstorekit.pos.store.persistence.StoreRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Records that a store's catalog must be sent to D-Store again in full (REFERENCE §5.6: an order D-Store computed
 * from data the POS does not have means the catalogs diverged). {@link dev.dstorekit.pos.catalog.application.CatalogResyncFeeder}
 * acts on the mark.
 * Runs inside the caller's transaction.
 */
@Singleton
public class CatalogResync {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogResync.class);
    private static final int MAX_REASON = 1024;

    private final StoreRepository stores;
    private final Clock clock;

    public CatalogResync(StoreRepository stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    public void request(String posAccountId, String posStoreId, String reason) {
        String shortReason = StoredText.note(reason, MAX_REASON);
        stores.registerIfAbsent(posAccountId, posStoreId, clock.instant());
        stores.requestCatalogResync(posAccountId, posStoreId, shortReason, clock.instant());
        LOG.warn("Catalog of store {}/{} marked for a full re-sync: {}", posAccountId, posStoreId, shortReason);
    }
}
