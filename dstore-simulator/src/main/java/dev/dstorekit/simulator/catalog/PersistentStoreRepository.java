package dev.dstorekit.simulator.catalog;

import dev.dstorekit.simulator.persistence.DocumentTable;
import dev.dstorekit.simulator.persistence.SandboxDatabase;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The stores, read from memory and written through to the sandbox database, which they are loaded from at start. */
@Singleton
public class PersistentStoreRepository implements StoreRepository {

    private final InMemoryStoreRepository memory = new InMemoryStoreRepository();
    private final DocumentTable<StoreRecord> table;

    public PersistentStoreRepository(SandboxDatabase database, JsonMapper json) {
        table = new DocumentTable<>(database, json, "store", StoreRecord.class);
        table.all().forEach(kept -> memory.upsert(kept.store(), current -> kept));
    }

    @Override
    public Optional<StoreRecord> find(StoreKey store) {
        return memory.find(store);
    }

    /** Synchronized, so the database gets the changes of one store in the order memory did. */
    @Override
    public synchronized StoreRecord upsert(StoreKey store, UnaryOperator<StoreRecord> change) {
        StoreRecord changed = memory.upsert(store, change);
        table.put(store.toString(), changed);
        return changed;
    }

    @Override
    public List<StoreRecord> all() {
        return memory.all();
    }

    @Override
    public synchronized void clear() {
        table.deleteAll();
        memory.clear();
    }
}
