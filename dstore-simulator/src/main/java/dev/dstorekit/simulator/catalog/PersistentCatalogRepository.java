package dev.dstorekit.simulator.catalog;

import dev.dstorekit.simulator.persistence.DocumentTable;
import dev.dstorekit.simulator.persistence.SandboxDatabase;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The catalogs, read from memory and written through to the sandbox database, which they are loaded from at start. */
@Singleton
public class PersistentCatalogRepository implements CatalogRepository {

    private final InMemoryCatalogRepository memory = new InMemoryCatalogRepository();
    private final DocumentTable<Catalog> table;

    public PersistentCatalogRepository(SandboxDatabase database, JsonMapper json) {
        table = new DocumentTable<>(database, json, "catalog", Catalog.class);
        table.all().forEach(memory::replace);
    }

    @Override
    public Optional<Catalog> find(StoreKey store) {
        return memory.find(store);
    }

    /** Synchronized, so the database gets the changes of one catalog in the order memory did. */
    @Override
    public synchronized Optional<Catalog> replace(Catalog catalog) {
        Optional<Catalog> replaced = memory.replace(catalog);
        table.put(catalog.store().toString(), catalog);
        return replaced;
    }

    @Override
    public synchronized Optional<Catalog> update(StoreKey store, UnaryOperator<Catalog> change) {
        Optional<Catalog> changed = memory.update(store, change);
        changed.ifPresent(catalog -> table.put(store.toString(), catalog));
        return changed;
    }

    @Override
    public List<Catalog> all() {
        return memory.all();
    }

    @Override
    public synchronized void clear() {
        table.deleteAll();
        memory.clear();
    }
}
