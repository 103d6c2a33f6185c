package dev.dstorekit.simulator.catalog;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The catalogs D-Store holds, one per store. Thread-safe. */
public interface CatalogRepository {

    Optional<Catalog> find(StoreKey store);

    /** Replaces the store's catalog (a full sync); returns the one it replaced, if any. */
    Optional<Catalog> replace(Catalog catalog);

    /** Applies {@code change} atomically to the store's catalog, if it has one. */
    Optional<Catalog> update(StoreKey store, UnaryOperator<Catalog> change);

    /** All catalogs, sorted by store. */
    List<Catalog> all();

    /** Forgets every catalog. */
    void clear();
}
