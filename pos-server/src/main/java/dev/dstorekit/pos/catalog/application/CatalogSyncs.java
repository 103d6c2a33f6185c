package dev.dstorekit.pos.catalog.application;

import dev.dstorekit.pos.catalog.domain.CatalogProduct;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Tells D-Store what became of a store's catalog (REFERENCE §5.1): queues the syncProduct in the caller's
 * transaction, so the catalog change and its message commit together, ordered behind the store's earlier messages.
 */
public interface CatalogSyncs {

    /**
     * A full sync: every product of the store, with all their fields; it overwrites D-Store's catalog.
     *
     * @return the queued message's requestId
     */
    String queueFull(String posAccountId, String posStoreId, @Nullable String storeName, List<CatalogProduct> products);

    /**
     * A status-only update: exactly posProductId, type and status of each changed product.
     *
     * @return the queued message's requestId
     */
    String queueStatuses(String posAccountId, String posStoreId, List<CatalogProduct> changed);
}
