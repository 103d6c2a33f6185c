package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.order.domain.Channel;
import dev.dstorekit.pos.order.domain.ChannelTransitions;
import dev.dstorekit.pos.order.domain.Modifier;
import dev.dstorekit.pos.order.domain.OrderChange;
import dev.dstorekit.pos.order.domain.OrderLine;
import dev.dstorekit.pos.order.domain.OrderRules;
import dev.dstorekit.pos.order.domain.OrderStatus;
import dev.dstorekit.pos.shared.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what a change from the order channel (pushOrderChange) does to an order: the status rules of
 * {@link ChannelTransitions}, delivery status, GrabFood modifications (never more lines or a higher total than the
 * order has) and the refunds that come with them. All or nothing: one refused part refuses the whole change.
 */
public final class ChannelChangePlanner {

    public static final String PARAM_ILLEGAL = "PARAM_ILLEGAL";
    public static final String ORDER_STATUS_INVALID = "ORDER_STATUS_INVALID";

    private ChannelChangePlanner() {
    }

    public static ChangeDecision plan(OrderSnapshot snapshot, OrderChange change) {
        StoredOrder order = snapshot.order();
        if (change.isEmpty()) {
            return refuse(PARAM_ILLEGAL, "request carries no change: set orderStatus, deliveryStatus,"
                    + " updatedOrderProducts or refundInfo");
        }
        List<ChangeDecision.HistoryEntry> history = new ArrayList<>();
        OrderStatus newStatus = null;
        if (change.status() != null) {
            switch (ChannelTransitions.decide(order.status(), change.status(), order.channel())) {
                case APPLY -> {
                    newStatus = change.status();
                    history.add(new ChangeDecision.HistoryEntry("STATUS_CHANGED", order.status(), newStatus));
                }
                case UNCHANGED -> history.add(new ChangeDecision.HistoryEntry("STATUS_REPEATED", order.status(),
                        order.status()));
                case REFUSE -> {
                    return refuse(ORDER_STATUS_INVALID, "orderStatus: a " + order.channel() + " order cannot go from "
                            + order.status() + " to " + change.status());
                }
            }
        }
        List<OrderLine> newLines = null;
        if (change.updatedLines() != null) {
            Optional<ChangeDecision.Refused> refused = checkModification(snapshot, change.updatedLines());
            if (refused.isPresent()) {
                return refused.get();
            }
            newLines = change.updatedLines();
            history.add(new ChangeDecision.HistoryEntry("PRODUCTS_MODIFIED", null, null));
        }
        long refund = 0;
        if (change.refund() != null) {
            Optional<FieldProblem> currency = OrderRules.sameCurrency("refundInfo.refundAmount", change.refund().amount(),
                    order.currency());
            if (currency.isPresent()) {
                return refuse(PARAM_ILLEGAL, currency.get().describe());
            }
            refund = change.refund().amount().value();
            long refundable = order.orderAmount() - order.refundedAmount();
            if (refund > refundable) {
                return refuse(PARAM_ILLEGAL, "refundInfo.refundAmount: " + refund + " " + order.currency()
                        + " exceeds the refundable " + refundable + " " + order.currency());
            }
            history.add(new ChangeDecision.HistoryEntry("REFUNDED", null, null));
        }
        if (change.deliveryStatus() != null) {
            history.add(new ChangeDecision.HistoryEntry("DELIVERY_STATUS_CHANGED", null, null));
        }
        return new ChangeDecision.Accepted(newStatus, change.deliveryStatus(), newLines, refund, history);
    }

    private static Optional<ChangeDecision.Refused> checkModification(OrderSnapshot snapshot, List<OrderLine> updated) {
        StoredOrder order = snapshot.order();
        if (order.channel() != Channel.GRABFOOD) {
            return Optional.of(refuse(PARAM_ILLEGAL, "updatedOrderProducts: only GrabFood orders can be modified;"
                    + " this is a " + order.channel() + " order"));
        }
        if (order.status().isFinal()) {
            return Optional.of(refuse(ORDER_STATUS_INVALID, "updatedOrderProducts: a " + order.status()
                    + " order cannot be modified"));
        }
        if (updated.isEmpty()) {
            return Optional.of(refuse(PARAM_ILLEGAL, "updatedOrderProducts: empty; a modification keeps at least one"
                    + " line (cancel the order instead)"));
        }
        for (int i = 0; i < updated.size(); i++) {
            String path = "updatedOrderProducts[" + i + "]";
            OrderLine line = updated.get(i);
            Optional<FieldProblem> problem = OrderRules.sameCurrency(path + ".totalAmount", line.totalAmount(),
                    order.currency()).or(() -> OrderRules.sameCurrency(path + ".unitPrice", line.unitPrice(),
                    order.currency())).or(() -> modifierCurrency(path, line.modifiers(), order.currency()));
            if (problem.isPresent()) {
                return Optional.of(refuse(PARAM_ILLEGAL, problem.get().describe()));
            }
        }
        if (updated.size() > snapshot.currentLines().size()) {
            return Optional.of(refuse(PARAM_ILLEGAL, "updatedOrderProducts: " + updated.size() + " lines, the order has "
                    + snapshot.currentLines().size() + "; a modification may not add lines"));
        }
        long newTotal = updated.stream().mapToLong(line -> line.totalAmount().value()).sum();
        if (newTotal > snapshot.currentLinesTotal()) {
            return Optional.of(refuse(PARAM_ILLEGAL, "updatedOrderProducts: total " + newTotal + " " + order.currency()
                    + " exceeds the order's " + snapshot.currentLinesTotal() + " " + order.currency()));
        }
        return Optional.empty();
    }

    private static Optional<FieldProblem> modifierCurrency(String parent, List<Modifier> modifiers, String currency) {
        for (int i = 0; i < modifiers.size(); i++) {
            String path = parent + ".modifiers[" + i + "]";
            Optional<FieldProblem> problem = OrderRules.sameCurrency(path + ".unitPrice", modifiers.get(i).unitPrice(),
                    currency);
            if (problem.isPresent()) {
                return problem;
            }
            problem = modifierCurrency(path, modifiers.get(i).modifiers(), currency);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static ChangeDecision.Refused refuse(String code, String message) {
        return new ChangeDecision.Refused(Answer.failure(code, message));
    }
}
