package dev.dstorekit.simulator.order;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The orders in memory: the cache {@link PersistentOrderRepository} writes through. */
public class InMemoryOrderRepository implements OrderRepository {

    private final ConcurrentMap<String, SimOrder> orders = new ConcurrentHashMap<>();
    private final List<SimOrder> inOrder = new CopyOnWriteArrayList<>();

    @Override
    public boolean add(SimOrder order) {
        if (orders.putIfAbsent(order.requestOrderId(), order) == null) {
            inOrder.add(order);
            return true;
        }
        return false;
    }

    @Override
    public Optional<SimOrder> find(String requestOrderId) {
        return Optional.ofNullable(orders.get(requestOrderId));
    }

    @Override
    public List<SimOrder> all() {
        return List.copyOf(inOrder);
    }

    @Override
    public List<SimOrder> ofRun(String runId) {
        return inOrder.stream().filter(order -> runId.equals(order.runId())).toList();
    }

    @Override
    public void clear() {
        orders.clear();
        inOrder.clear();
    }
}
