package dev.dstorekit.simulator.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A store's catalog as D-Store holds it after the POS's syncProduct calls: the last full sync with the later
 * status-only updates applied. Immutable; every change makes a new one.
 *
 * @param products by posProductId, sorted (generation iterates them in a stable order)
 */
@Serdeable
public record Catalog(StoreKey store,
                      @Nullable String storeName,
                      Map<String, CatalogProduct> products,
                      Instant fullSyncAt,
                      Instant updatedAt) {

    public Catalog {
        products = new TreeMap<>(products);
    }

    public Catalog withProducts(Map<String, CatalogProduct> changed, Instant at) {
        return new Catalog(store, storeName, changed, fullSyncAt, at);
    }
}
