package dev.dstorekit.conformance;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The orders the suite created during the run, so outbound calls about them can be judged. */
public final class OrderBook {

    /**
     * @param channel       the order channel it was created on
     * @param posOrderId    the POS's id from the createOrder answer
     * @param createdStatus the orderStatus the createOrder answer gave, or {@code ORDER_SUCCESS} when it gave none
     */
    public record Entry(String channel, String posOrderId, String createdStatus) {
    }

    private final Map<String, Entry> orders = new ConcurrentHashMap<>();

    public void add(String requestOrderId, Entry entry) {
        orders.putIfAbsent(requestOrderId, entry);
    }

    public Optional<Entry> get(String requestOrderId) {
        return Optional.ofNullable(orders.get(requestOrderId));
    }
}
