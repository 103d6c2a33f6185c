package dev.dstorekit.simulator.order;

import java.util.List;
import java.util.Map;

/**
 * Which status and delivery-status changes a POS may report with notifyOrderChange (REFERENCE §8.2). The order
 * journey is not published; this follows its likely model: forward along ACCEPTED → PREPARING → READY →
 * COMPLETED (skipping a step is accepted with a warning, since whether steps may be skipped is [OPEN]), REJECTED
 * only before acceptance, CANCELLED from any non-final status, nothing after a final status.
 */
public final class TransitionRules {

    /** How a reported change relates to the current state. */
    public enum Verdict {
        LEGAL, SKIPPED_STEPS, REPEATED, ILLEGAL
    }

    /** A verdict with the words a POS team needs. */
    public record Decision(Verdict verdict, String explanation) {
        static Decision legal() {
            return new Decision(Verdict.LEGAL, "");
        }
    }

    private static final Map<String, Integer> DELIVERY_RANK = Map.of(
            "PENDING", 0, "COURIER_ASSIGNED", 1, "PICKED_UP", 2, "DELIVERED", 3, "FAILED", 3);

    private TransitionRules() {
    }

    /** {@code to} reported by the POS while the order is {@code from}. */
    public static Decision notify(OrderStatus from, OrderStatus to, boolean autoAccepted) {
        if (from.terminal()) {
            if (from == to) {
                return new Decision(Verdict.REPEATED, to + " was already reported");
            }
            return illegal(from, to);
        }
        if (to == OrderStatus.REJECTED) {
            return from.awaitingAcceptance() ? Decision.legal()
                    : new Decision(Verdict.ILLEGAL, "REJECTED is only for orders not yet accepted; the order is " + from
                    + " (cancel an accepted order with CANCELLED)");
        }
        if (to == OrderStatus.CANCELLED) {
            return Decision.legal();
        }
        if (to.rank() < from.rank()) {
            return illegal(from, to);
        }
        if (to.rank() == from.rank()) {
            if (to == OrderStatus.ACCEPTED && autoAccepted) {
                return Decision.legal();
            }
            return new Decision(Verdict.REPEATED, to + " was already reported");
        }
        if (to.rank() > from.rank() + 1) {
            return new Decision(Verdict.SKIPPED_STEPS, to + " reported while the order is " + from
                    + "; the steps in between were not reported");
        }
        return Decision.legal();
    }

    /** Delivery status {@code to} reported while it is {@code from} (null: none yet). */
    public static Decision delivery(String from, String to) {
        if (from == null) {
            return Decision.legal();
        }
        int fromRank = DELIVERY_RANK.get(from);
        int toRank = DELIVERY_RANK.get(to);
        if (from.equals(to)) {
            return new Decision(Verdict.REPEATED, "deliveryStatus " + to + " was already reported");
        }
        if (fromRank == 3 || toRank < fromRank) {
            return new Decision(Verdict.ILLEGAL, "deliveryStatus " + to + " is not allowed after " + from
                    + " (delivery moves PENDING → COURIER_ASSIGNED → PICKED_UP → DELIVERED or FAILED)");
        }
        return Decision.legal();
    }

    /** What may follow {@code from} in notifyOrderChange, for messages. */
    public static List<OrderStatus> allowedNext(OrderStatus from) {
        return switch (from) {
            case PENDING, ORDER_SUCCESS -> List.of(OrderStatus.ACCEPTED, OrderStatus.REJECTED, OrderStatus.CANCELLED);
            case ACCEPTED -> List.of(OrderStatus.PREPARING, OrderStatus.CANCELLED);
            case PREPARING -> List.of(OrderStatus.READY, OrderStatus.CANCELLED);
            case READY -> List.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED);
            default -> List.of();
        };
    }

    private static Decision illegal(OrderStatus from, OrderStatus to) {
        List<OrderStatus> next = allowedNext(from);
        return new Decision(Verdict.ILLEGAL, "orderStatus " + to + " is not allowed after " + from
                + " (allowed next: " + (next.isEmpty() ? "none, " + from + " is final" : next.toString()) + ")");
    }
}
