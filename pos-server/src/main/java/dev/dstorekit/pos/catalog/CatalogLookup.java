package dev.dstorekit.pos.catalog;

import dev.dstorekit.pos.catalog.persistence.ProductRepository;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Answers which product ids of an order the store's catalog does not know. */
@Singleton
public class CatalogLookup {

    private final ProductRepository products;

    public CatalogLookup(ProductRepository products) {
        this.products = products;
    }

    /** The ids among {@code posProductIds} that the store's catalog lacks, in the order given. */
    public Set<String> unknownProducts(String posAccountId, String posStoreId, Collection<String> posProductIds) {
        Set<String> unknown = new LinkedHashSet<>(posProductIds);
        if (!unknown.isEmpty()) {
            products.findKnownIds(posAccountId, posStoreId, Set.copyOf(unknown)).forEach(unknown::remove);
        }
        return unknown;
    }
}
