package dev.dstorekit.simulator.pds;

import java.util.List;
import java.util.Optional;

/** Stores added through addStore, by storeId. Thread-safe. */
public interface PdsStoreRepository {

    /** Adds the store unless its storeId exists; returns the existing record if it does. */
    Optional<PdsStoreRecord> addIfAbsent(PdsStoreRecord store);

    Optional<PdsStoreRecord> find(String storeId);

    List<PdsStoreRecord> all();

    /** Forgets every store. */
    void clear();
}
