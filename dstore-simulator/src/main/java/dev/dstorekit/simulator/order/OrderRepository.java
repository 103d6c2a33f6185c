package dev.dstorekit.simulator.order;

import java.util.List;
import java.util.Optional;

/** Orders D-Store created, by requestOrderId. Thread-safe. */
public interface OrderRepository {

    /** Adds the order unless its requestOrderId is taken; returns whether it was added. */
    boolean add(SimOrder order);

    Optional<SimOrder> find(String requestOrderId);

    List<SimOrder> all();

    List<SimOrder> ofRun(String runId);

    /** Forgets every order. */
    void clear();
}
