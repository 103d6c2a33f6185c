package dev.dstorekit.simulator.order;

import dev.dstorekit.simulator.persistence.DocumentTable;
import dev.dstorekit.simulator.persistence.SandboxDatabase;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * The orders, read from memory and written through to the sandbox database after every change of an order (its
 * status, timeline, refunds, …), and loaded from it at start. Waiting for an order's change stays in {@link SimOrder}.
 */
@Singleton
public class PersistentOrderRepository implements OrderRepository {

    private final InMemoryOrderRepository memory = new InMemoryOrderRepository();
    private final DocumentTable<OrderSnapshot> table;

    public PersistentOrderRepository(SandboxDatabase database, JsonMapper json) {
        table = new DocumentTable<>(database, json, "order", OrderSnapshot.class);
        table.all().stream().map(SimOrder::restore).forEach(order -> {
            memory.add(order);
            keep(order);
        });
    }

    @Override
    public boolean add(SimOrder order) {
        if (!memory.add(order)) {
            return false;
        }
        keep(order);
        table.put(order.requestOrderId(), order.snapshot());
        return true;
    }

    @Override
    public Optional<SimOrder> find(String requestOrderId) {
        return memory.find(requestOrderId);
    }

    @Override
    public List<SimOrder> all() {
        return memory.all();
    }

    @Override
    public List<SimOrder> ofRun(String runId) {
        return memory.ofRun(runId);
    }

    @Override
    public synchronized void clear() {
        memory.all().forEach(order -> order.keep(snapshot -> { }));
        table.deleteAll();
        memory.clear();
    }

    private void keep(SimOrder order) {
        order.keep(snapshot -> table.put(snapshot.request().getRequestOrderId(), snapshot));
    }
}
