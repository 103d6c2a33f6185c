package dev.dstorekit.pos.order.domain;

/**
 * Which status changes the order channel may make (pushOrderChange): COMPLETED, CANCELLED or ORDER_FAIL from any
 * open status; out of a final status only Foodpanda's documented COMPLETED → CANCELLED. Repeating the current status
 * changes nothing and is not an error (the channel may report it twice under different requestIds).
 */
public final class ChannelTransitions {

    /** What to do with a requested status. */
    public enum Decision { APPLY, UNCHANGED, REFUSE }

    private ChannelTransitions() {
    }

    public static Decision decide(OrderStatus current, OrderStatus requested, Channel channel) {
        if (requested != OrderStatus.COMPLETED && requested != OrderStatus.CANCELLED
                && requested != OrderStatus.ORDER_FAIL) {
            return Decision.REFUSE;
        }
        if (current == requested) {
            return Decision.UNCHANGED;
        }
        if (!current.isFinal()) {
            return Decision.APPLY;
        }
        if (current == OrderStatus.COMPLETED && requested == OrderStatus.CANCELLED && channel == Channel.FOODPANDA) {
            return Decision.APPLY;
        }
        return Decision.REFUSE;
    }
}
