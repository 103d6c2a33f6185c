package dev.dstorekit.simulator.catalog;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/** The catalogs in memory: the cache {@link PersistentCatalogRepository} writes through. */
public class InMemoryCatalogRepository implements CatalogRepository {

    private final ConcurrentSkipListMap<StoreKey, Catalog> catalogs = new ConcurrentSkipListMap<>();

    @Override
    public Optional<Catalog> find(StoreKey store) {
        return Optional.ofNullable(catalogs.get(store));
    }

    @Override
    public Optional<Catalog> replace(Catalog catalog) {
        return Optional.ofNullable(catalogs.put(catalog.store(), catalog));
    }

    @Override
    public Optional<Catalog> update(StoreKey store, UnaryOperator<Catalog> change) {
        return Optional.ofNullable(catalogs.computeIfPresent(store, (key, catalog) -> change.apply(catalog)));
    }

    @Override
    public List<Catalog> all() {
        return List.copyOf(catalogs.values());
    }

    @Override
    public void clear() {
        catalogs.clear();
    }
}
