package dev.dstorekit.simulator.violation;

import dev.dstorekit.simulator.persistence.DocumentTable;
import dev.dstorekit.simulator.persistence.SandboxDatabase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The violations, in memory and written through to the sandbox database, which they are loaded from at start. */
@Singleton
public class PersistentViolationLog implements ViolationLog {

    private final InMemoryViolationLog memory;
    private final DocumentTable<Violation> table;

    public PersistentViolationLog(List<ViolationListener> listeners, SandboxDatabase database, JsonMapper json) {
        memory = new InMemoryViolationLog(listeners);
        table = new DocumentTable<>(database, json, "violation", Violation.class);
        memory.restore(table.all());
    }

    @Override
    public Violation record(ViolationKind kind, @Nullable String requestOrderId, String operation, String details) {
        Violation violation = memory.record(kind, requestOrderId, operation, details);
        table.put(UUID.randomUUID().toString(), violation);
        return violation;
    }

    @Override
    public List<Violation> all() {
        return memory.all();
    }

    @Override
    public List<Violation> since(Instant since) {
        return memory.since(since);
    }

    @Override
    public synchronized void clear() {
        table.deleteAll();
        memory.clear();
    }
}
