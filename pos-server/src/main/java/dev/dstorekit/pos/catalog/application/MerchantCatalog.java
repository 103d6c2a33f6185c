package dev.dstorekit.pos.catalog.application;

import dev.dstorekit.pos.catalog.domain.AvailabilityChange;
import dev.dstorekit.pos.catalog.domain.CatalogProduct;
import dev.dstorekit.pos.catalog.domain.CatalogRules;
import dev.dstorekit.pos.merchant.MerchantRefusal;
import dev.dstorekit.pos.ops.PosMetrics;
import dev.dstorekit.pos.store.application.ServedStores;
import dev.dstorekit.pos.store.application.StoreCatalogState;
import dev.dstorekit.pos.store.application.StoreRecord;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merchant's catalog of one store, and what D-Store learns of it (REFERENCE §5.1). Replacing the catalog queues
 * a full syncProduct with every product — it overwrites D-Store's — and clears a pending re-sync mark; switching
 * products on or off queues a status-only syncProduct with only the products whose status changes. Each change and
 * its message commit together, under the store's row lock so one store's messages queue in the order of its changes.
 */
@Singleton
public class MerchantCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(MerchantCatalog.class);

    private final ServedStores servedStores;
    private final StoreCatalogState stores;
    private final CatalogStore catalog;
    private final CatalogSyncs syncs;
    private final PosMetrics metrics;
    private final Clock clock;

    public MerchantCatalog(ServedStores servedStores, StoreCatalogState stores, CatalogStore catalog,
                           CatalogSyncs syncs, PosMetrics metrics, Clock clock) {
        this.servedStores = servedStores;
        this.stores = stores;
        this.catalog = catalog;
        this.syncs = syncs;
        this.metrics = metrics;
        this.clock = clock;
    }

    public List<CatalogProduct> catalog(String posAccountId, String posStoreId) {
        requireStore(posAccountId, posStoreId);
        return catalog.load(posAccountId, posStoreId);
    }

    @Transactional
    public List<CatalogProduct> replace(String posAccountId, String posStoreId, List<CatalogProduct> products) {
        requireStore(posAccountId, posStoreId);
        CatalogRules.catalogProblem(products).ifPresent(problem -> {
            throw MerchantRefusal.badInput(problem);
        });
        StoreRecord store = stores.lock(posAccountId, posStoreId);
        Instant now = clock.instant();
        catalog.replace(posAccountId, posStoreId, products, now);
        String requestId = syncs.queueFull(posAccountId, posStoreId, store.name(), products);
        stores.clearResync(posAccountId, posStoreId);
        metrics.merchantChange("catalog_replaced");
        LOG.info("Catalog of {}/{} replaced ({} products); full syncProduct {} queued", posAccountId, posStoreId,
                products.size(), requestId);
        return catalog.load(posAccountId, posStoreId);
    }

    @Transactional
    public List<CatalogProduct> changeAvailability(String posAccountId, String posStoreId,
                                                   List<AvailabilityChange> changes) {
        requireStore(posAccountId, posStoreId);
        stores.lock(posAccountId, posStoreId);
        Map<String, CatalogProduct> current = new LinkedHashMap<>();
        catalog.load(posAccountId, posStoreId).forEach(p -> current.put(p.posProductId(), p));
        CatalogRules.availabilityProblem(changes, current).ifPresent(problem -> {
            throw MerchantRefusal.badInput(problem);
        });
        Instant now = clock.instant();
        List<CatalogProduct> changed = new ArrayList<>();
        for (AvailabilityChange change : changes) {
            CatalogProduct product = current.get(change.posProductId());
            if (!product.status().equals(change.status())) {
                catalog.setStatus(posAccountId, posStoreId, product.posProductId(), change.status(), now);
                changed.add(product.withStatus(change.status()));
            }
        }
        if (changed.isEmpty()) {
            LOG.info("Availability change for {}/{} changes nothing; no syncProduct sent", posAccountId, posStoreId);
        } else {
            String requestId = syncs.queueStatuses(posAccountId, posStoreId, changed);
            metrics.merchantChange("availability");
            LOG.info("Availability of {} product(s) of {}/{} changed; status-only syncProduct {} queued",
                    changed.size(), posAccountId, posStoreId, requestId);
        }
        return catalog.load(posAccountId, posStoreId);
    }

    private void requireStore(String posAccountId, String posStoreId) {
        if (servedStores.find(posAccountId, posStoreId).isEmpty()) {
            throw MerchantRefusal.notFound();
        }
    }
}
