package dev.dstorekit.pos.order.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The order states a merchant may move an order to (REFERENCE §8.2): ORDER_SUCCESS → ACCEPTED → PREPARING → READY
 * → COMPLETED, one step at a time (whether D-Store accepts skipped steps is not published, so none are skipped);
 * REJECTED only before acceptance; CANCELLED from any state that is not final. Nothing leaves a final state.
 */
public final class MerchantTransitions {

    private static final Map<OrderStatus, List<OrderStatus>> NEXT = new EnumMap<>(OrderStatus.class);

    static {
        NEXT.put(OrderStatus.ORDER_SUCCESS, List.of(OrderStatus.ACCEPTED, OrderStatus.REJECTED, OrderStatus.CANCELLED));
        NEXT.put(OrderStatus.ACCEPTED, List.of(OrderStatus.PREPARING, OrderStatus.CANCELLED));
        NEXT.put(OrderStatus.PREPARING, List.of(OrderStatus.READY, OrderStatus.CANCELLED));
        NEXT.put(OrderStatus.READY, List.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED));
    }

    private MerchantTransitions() {
    }

    /** The states the merchant may move an order in {@code current} to; empty for a final state. */
    public static List<OrderStatus> allowedNext(OrderStatus current) {
        return NEXT.getOrDefault(current, List.of());
    }

    public static boolean allowed(OrderStatus current, OrderStatus target) {
        return allowedNext(current).contains(target);
    }
}
