package dev.dstorekit.simulator.catalog;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Stores announced with syncStore. Thread-safe. */
public interface StoreRepository {

    Optional<StoreRecord> find(StoreKey store);

    /** Creates the store or changes it atomically; {@code change} receives the current record or null. */
    StoreRecord upsert(StoreKey store, UnaryOperator<StoreRecord> change);

    List<StoreRecord> all();

    /** Forgets every store. */
    void clear();
}
