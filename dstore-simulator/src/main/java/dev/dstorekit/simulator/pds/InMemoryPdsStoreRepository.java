package dev.dstorekit.simulator.pds;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The pds stores in memory: the cache {@link PersistentPdsStoreRepository} writes through. */
public class InMemoryPdsStoreRepository implements PdsStoreRepository {

    private final ConcurrentSkipListMap<String, PdsStoreRecord> stores = new ConcurrentSkipListMap<>();

    @Override
    public Optional<PdsStoreRecord> addIfAbsent(PdsStoreRecord store) {
        return Optional.ofNullable(stores.putIfAbsent(store.storeId(), store));
    }

    @Override
    public Optional<PdsStoreRecord> find(String storeId) {
        return Optional.ofNullable(stores.get(storeId));
    }

    @Override
    public List<PdsStoreRecord> all() {
        return List.copyOf(stores.values());
    }

    @Override
    public void clear() {
        stores.clear();
    }
}
