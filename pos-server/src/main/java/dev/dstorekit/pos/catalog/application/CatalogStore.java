package dev.dstorekit.pos.catalog.application;

import dev.dstorekit.pos.catalog.domain.CatalogProduct;

import java.time.Instant;
import java.util.List;

/**
 * Where store catalogs live: each product in the merchant's order, with the full product description the merchant
 * gave, so a full re-sync sends exactly that. Writes run in the caller's transaction.
 */
public interface CatalogStore {

    /** The store's catalog in the merchant's order; empty if it has none. */
    List<CatalogProduct> load(String posAccountId, String posStoreId);

    /** Replaces the whole catalog. */
    void replace(String posAccountId, String posStoreId, List<CatalogProduct> catalog, Instant now);

    void setStatus(String posAccountId, String posStoreId, String posProductId, String status, Instant now);
}
