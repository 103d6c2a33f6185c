package dev.dstorekit.simulator.catalog;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/** The stores in memory: the cache {@link PersistentStoreRepository} writes through. */
public class InMemoryStoreRepository implements StoreRepository {

    private final ConcurrentSkipListMap<StoreKey, StoreRecord> stores = new ConcurrentSkipListMap<>();

    @Override
    public Optional<StoreRecord> find(StoreKey store) {
        return Optional.ofNullable(stores.get(store));
    }

    @Override
    public StoreRecord upsert(StoreKey store, UnaryOperator<StoreRecord> change) {
        return stores.compute(store, (key, current) -> change.apply(current));
    }

    @Override
    public List<StoreRecord> all() {
        return List.copyOf(stores.values());
    }

    @Override
    public void clear() {
        stores.clear();
    }
}
