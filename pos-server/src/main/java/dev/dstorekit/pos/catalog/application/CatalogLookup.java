package dev.dstorekit.pos.catalog.application;

import java.util.Collection;
import java.util.Set;

/**
 * Which product ids of an order the store's catalog does not know: createOrder flags such an order and marks the
 * store's catalog for a re-sync instead of refusing it.
 */
public interface CatalogLookup {

    /** The ids among {@code posProductIds} that the store's catalog lacks, in the order given. */
    Set<String> unknownProducts(String posAccountId, String posStoreId, Collection<String> posProductIds);
}
