package dev.dstorekit.simulator.pds;

import dev.dstorekit.simulator.persistence.DocumentTable;
import dev.dstorekit.simulator.persistence.SandboxDatabase;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** The pds stores, read from memory and written through to the sandbox database, which they are loaded from at start. */
@Singleton
public class PersistentPdsStoreRepository implements PdsStoreRepository {

    private final InMemoryPdsStoreRepository memory = new InMemoryPdsStoreRepository();
    private final DocumentTable<PdsStoreRecord> table;

    public PersistentPdsStoreRepository(SandboxDatabase database, JsonMapper json) {
        table = new DocumentTable<>(database, json, "pds-store", PdsStoreRecord.class);
        table.all().forEach(memory::addIfAbsent);
    }

    @Override
    public synchronized Optional<PdsStoreRecord> addIfAbsent(PdsStoreRecord store) {
        Optional<PdsStoreRecord> existing = memory.addIfAbsent(store);
        if (existing.isEmpty()) {
            table.put(store.storeId(), store);
        }
        return existing;
    }

    @Override
    public Optional<PdsStoreRecord> find(String storeId) {
        return memory.find(storeId);
    }

    @Override
    public List<PdsStoreRecord> all() {
        return memory.all();
    }

    @Override
    public synchronized void clear() {
        table.deleteAll();
        memory.clear();
    }
}
