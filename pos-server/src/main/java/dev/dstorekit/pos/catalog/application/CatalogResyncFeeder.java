package dev.dstorekit.pos.catalog.application;

import dev.dstorekit.pos.catalog.domain.CatalogProduct;
import dev.dstorekit.pos.outbox.application.OutboxFeeder;
import dev.dstorekit.pos.store.application.StoreCatalogState;
import dev.dstorekit.pos.store.application.StoreRecord;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Acts on the re-sync mark createOrder sets when an order names products or amounts the catalog does not explain
 * (REFERENCE §5.6): queues a full syncProduct of the stored catalog and clears the mark, in one transaction, with the
 * store locked (SKIP LOCKED: one instance per store). A marked store without a catalog keeps its mark — there is
 * nothing to send until the merchant uploads one, which clears it.
 */
@Singleton
public class CatalogResyncFeeder implements OutboxFeeder {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogResyncFeeder.class);
    private static final int STORES_PER_DRAIN = 10;

    private final StoreCatalogState stores;
    private final CatalogStore catalog;
    private final CatalogSyncs syncs;

    public CatalogResyncFeeder(StoreCatalogState stores, CatalogStore catalog, CatalogSyncs syncs) {
        this.stores = stores;
        this.catalog = catalog;
        this.syncs = syncs;
    }

    @Override
    @Transactional
    public int feed() {
        int queued = 0;
        for (StoreRecord store : stores.lockDueForResync(STORES_PER_DRAIN)) {
            String account = store.posAccountId();
            String storeId = store.posStoreId();
            List<CatalogProduct> products;
            try {
                products = catalog.load(account, storeId);
            } catch (RuntimeException e) {
                LOG.warn("Full re-sync of {}/{} skipped: its stored catalog is unreadable ({}); replace the catalog",
                        account, storeId, e.toString());
                continue;
            }
            String requestId = syncs.queueFull(account, storeId, store.name(), products);
            stores.clearResync(account, storeId);
            queued++;
            LOG.info("Full re-sync of {}/{} queued as syncProduct {} ({} products); reason: {}", account, storeId,
                    requestId, products.size(), store.catalogResyncReason());
        }
        return queued;
    }
}
