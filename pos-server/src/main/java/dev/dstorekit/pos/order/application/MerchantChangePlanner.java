package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.merchant.MerchantRefusal;
import dev.dstorekit.pos.order.domain.MerchantChange;
import dev.dstorekit.pos.order.domain.MerchantTransitions;
import dev.dstorekit.pos.order.domain.OrderNotification;
import dev.dstorekit.pos.order.domain.OrderStatus;
import dev.dstorekit.pos.shared.FieldProblem;

import java.util.Set;

/**
 * Decides a merchant change on the locked, current order: a plan to write, or a {@link MerchantRefusal}. Status
 * follows {@link MerchantTransitions}; refunds never exceed what is left of the paid amount and are not made on an
 * order that ended unfulfilled (REJECTED, CANCELLED, ORDER_FAIL); short order number and ready time only while the
 * order is open; delivery status only for DELIVERY orders the merchant delivers itself.
 */
public final class MerchantChangePlanner {

    private static final Set<OrderStatus> UNFULFILLED = Set.of(OrderStatus.REJECTED, OrderStatus.CANCELLED,
            OrderStatus.ORDER_FAIL);

    private MerchantChangePlanner() {
    }

    public static MerchantChangePlan plan(StoredOrder order, MerchantChange change) {
        if (change instanceof MerchantChange.Status status) {
            return status(order, status);
        }
        if (change instanceof MerchantChange.Refund refund) {
            return refund(order, refund);
        }
        if (change instanceof MerchantChange.ShortOrderNumber number) {
            requireOpen(order, "a short order number");
            return new MerchantChangePlan(null, number.value(), null, null, 0,
                    new ChangeDecision.HistoryEntry("SHORT_ORDER_NUMBER_SET", null, null),
                    OrderNotification.shortOrderNumber(number.value()));
        }
        if (change instanceof MerchantChange.ReadyTime readyTime) {
            requireOpen(order, "a ready time");
            return new MerchantChangePlan(null, null, readyTime.value().toInstant(), null, 0,
                    new ChangeDecision.HistoryEntry("READY_TIME_SET", null, null),
                    OrderNotification.readyTime(readyTime.value()));
        }
        MerchantChange.Delivery delivery = (MerchantChange.Delivery) change;
        OrderStatus current = order.status();
        if (!order.merchantDelivers()) {
            throw MerchantRefusal.conflict("delivery status is reported only for DELIVERY orders the merchant"
                    + " delivers itself; this is a " + order.serviceType() + " order"
                    + (order.deliveryProvider() == null ? "" : " delivered by " + order.deliveryProvider()),
                    current.name());
        }
        if (UNFULFILLED.contains(current)) {
            throw MerchantRefusal.conflict("a " + current + " order is not delivered", current.name());
        }
        return new MerchantChangePlan(null, null, null, delivery.deliveryStatus(), 0,
                new ChangeDecision.HistoryEntry("DELIVERY_STATUS_CHANGED", null, null),
                OrderNotification.deliveryStatus(delivery.deliveryStatus()));
    }

    private static MerchantChangePlan status(StoredOrder order, MerchantChange.Status status) {
        OrderStatus current = order.status();
        if (!MerchantTransitions.allowed(current, status.target())) {
            throw MerchantRefusal.illegalTransition(current.name(), status.target().name(),
                    MerchantTransitions.allowedNext(current).stream().map(Enum::name).toList());
        }
        return new MerchantChangePlan(status.target(), null, null, null, 0,
                new ChangeDecision.HistoryEntry("STATUS_CHANGED", current, status.target()),
                OrderNotification.status(status.target()));
    }

    private static MerchantChangePlan refund(StoredOrder order, MerchantChange.Refund refund) {
        OrderStatus current = order.status();
        if (!refund.amount().currency().equals(order.currency())) {
            throw MerchantRefusal.badInput(new FieldProblem("amount.currency", refund.amount().currency()
                    + " differs from the order's currency " + order.currency()));
        }
        if (refund.amount().value() <= 0) {
            throw MerchantRefusal.badInput(new FieldProblem("amount.value", "must be greater than 0"));
        }
        if (UNFULFILLED.contains(current)) {
            throw MerchantRefusal.conflict("a " + current + " order cannot be refunded by the merchant",
                    current.name());
        }
        if (refund.amount().value() > order.refundable()) {
            throw MerchantRefusal.conflict("a refund of " + refund.amount() + " exceeds what is left to refund: "
                    + order.refundable() + " " + order.currency() + " (paid " + order.orderAmount()
                    + ", refunded " + order.refundedAmount() + ")", current.name());
        }
        return new MerchantChangePlan(null, null, null, null, refund.amount().value(),
                new ChangeDecision.HistoryEntry("REFUNDED", null, null),
                OrderNotification.refund(refund.amount(), refund.reason()));
    }

    private static void requireOpen(StoredOrder order, String what) {
        if (order.status().isFinal()) {
            throw MerchantRefusal.conflict(what + " cannot be set on a " + order.status() + " order",
                    order.status().name());
        }
    }
}
