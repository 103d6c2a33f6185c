package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.catalog.StoreKey;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which stores auto-accept, as learned from createOrder answers. A scenario that needs manual acceptance picks a
 * store not known to auto-accept.
 */
@Singleton
public class AcceptanceKnowledge {

    private final ConcurrentMap<StoreKey, Boolean> autoAccept = new ConcurrentHashMap<>();

    public void learned(StoreKey store, boolean autoAccepts) {
        autoAccept.put(store, autoAccepts);
    }

    public Optional<Boolean> autoAccepts(StoreKey store) {
        return Optional.ofNullable(autoAccept.get(store));
    }
}
