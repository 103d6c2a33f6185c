package dev.dstorekit.simulator.order;

import dev.dstorekit.api.pos.model.Amount;
import dev.dstorekit.api.pos.model.NotifyOrderChangeRequest;
import dev.dstorekit.simulator.result.Reply;
import dev.dstorekit.simulator.violation.ViolationKind;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * notifyOrderChange checked against the order's state, as D-Store would: unknown orders, illegal transitions,
 * delivery status for orders the merchant does not deliver, and refunds above what was paid are refused with F
 * and recorded as violations. ORDER_SUCCESS/ORDER_FAIL never get here: the spec's enum refuses them earlier.
 */
@Singleton
public class NotificationService {

    private static final String OPERATION = "notifyOrderChange";

    private final OrderRepository orders;
    private final OrderViolations violations;

    public NotificationService(OrderRepository orders, OrderViolations violations) {
        this.orders = orders;
        this.violations = violations;
    }

    public Reply apply(NotifyOrderChangeRequest change) {
        String requestOrderId = change.getRequestOrderId();
        SimOrder order = orders.find(requestOrderId).orElse(null);
        if (order == null) {
            violations.unknownOrder(requestOrderId, OPERATION,
                    "notifyOrderChange " + change.getRequestId() + " for a requestOrderId D-Store never sent");
            return Reply.failure("ORDER_NOT_EXIST", "No order for requestOrderId " + requestOrderId);
        }
        if (change.getOrderStatus() == null && change.getDeliveryStatus() == null && change.getRefundAmount() == null
                && change.getShortOrderNumber() == null && change.getReadyTime() == null) {
            return refuse(order, change, Reply.paramIllegal("request body: nothing to change; send one of shortOrderNumber, "
                    + "orderStatus, deliveryStatus, refundAmount, readyTime"));
        }
        if (change.getRefundReason() != null && change.getRefundAmount() == null) {
            return refuse(order, change, Reply.paramIllegal("refundReason: only together with refundAmount"));
        }
        synchronized (order) {
            order.notificationReceived();
            List<Runnable> effects = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            if (change.getOrderStatus() != null) {
                OrderStatus from = order.status();
                OrderStatus to = OrderStatus.valueOf(change.getOrderStatus().getValue());
                TransitionRules.Decision decision = TransitionRules.notify(from, to, Boolean.TRUE.equals(order.autoAccept()));
                switch (decision.verdict()) {
                    case ILLEGAL -> {
                        record(order, ViolationKind.ILLEGAL_TRANSITION, change, decision.explanation());
                        return refuse(order, change, Reply.failure("ORDER_STATUS_INVALID", decision.explanation()));
                    }
                    case SKIPPED_STEPS -> warnings.add(record(order, ViolationKind.SKIPPED_STATUS_STEP, change, decision.explanation()));
                    case REPEATED -> warnings.add(record(order, ViolationKind.DUPLICATE_STATUS, change, decision.explanation()));
                    case LEGAL -> { }
                }
                if (decision.verdict() != TransitionRules.Verdict.REPEATED) {
                    effects.add(() -> order.moveTo(to));
                }
            }
            if (change.getDeliveryStatus() != null) {
                String to = change.getDeliveryStatus().getValue();
                if (!order.merchantDelivers()) {
                    String why = "deliveryStatus: only for orders the merchant delivers (deliveryProvider=MERCHANT); this "
                            + order.request().getServiceType() + " order has deliveryProvider " + order.request().getDeliveryProvider();
                    record(order, ViolationKind.DELIVERY_STATUS_NOT_ALLOWED, change, why);
                    return refuse(order, change, Reply.paramIllegal(why));
                }
                TransitionRules.Decision decision = TransitionRules.delivery(order.deliveryStatus(), to);
                if (decision.verdict() == TransitionRules.Verdict.ILLEGAL) {
                    record(order, ViolationKind.ILLEGAL_TRANSITION, change, decision.explanation());
                    return refuse(order, change, Reply.failure("ORDER_STATUS_INVALID", decision.explanation()));
                }
                if (decision.verdict() == TransitionRules.Verdict.REPEATED) {
                    warnings.add(record(order, ViolationKind.DUPLICATE_STATUS, change, decision.explanation()));
                }
                effects.add(() -> order.deliveryStatus(to));
            }
            if (change.getRefundAmount() != null) {
                Amount refund = change.getRefundAmount();
                String currency = order.paid().currency();
                if (!currency.equals(refund.getCurrency())) {
                    return refuse(order, change, Reply.paramIllegal("refundAmount.currency: " + refund.getCurrency()
                            + " differs from the order's currency " + currency));
                }
                if (refund.getValue() <= 0) {
                    return refuse(order, change, Reply.paramIllegal("refundAmount.value: must be greater than 0"));
                }
                long refundable = order.refundable();
                if (refund.getValue() > refundable) {
                    String why = "refundAmount " + refund.getValue() + " " + currency + " exceeds the refundable "
                            + refundable + " " + currency + " (paid " + order.paid().value() + ", refunded " + order.refunded() + ")";
                    record(order, ViolationKind.REFUND_EXCEEDS_PAID, change, why);
                    return refuse(order, change, Reply.failure("REFUND_AMOUNT_EXCEED", why));
                }
                effects.add(() -> order.merchantRefund(refund.getValue()));
            }
            if (change.getShortOrderNumber() != null) {
                effects.add(() -> order.shortOrderNumber(change.getShortOrderNumber()));
            }
            effects.forEach(Runnable::run);
            order.log("IN", OPERATION, describe(change) + " → S SUCCESS" + (warnings.isEmpty() ? "" : " (warning: " + String.join("; ", warnings) + ")"));
            return Reply.success();
        }
    }

    private Reply refuse(SimOrder order, NotifyOrderChangeRequest change, Reply reply) {
        order.log("IN", OPERATION, describe(change) + " → " + reply.status() + " " + reply.code() + ": " + reply.message());
        return reply;
    }

    private String record(SimOrder order, ViolationKind kind, NotifyOrderChangeRequest change, String details) {
        violations.record(order, kind, OPERATION, change.getRequestId(), details);
        return details;
    }

    static String describe(NotifyOrderChangeRequest change) {
        StringBuilder text = new StringBuilder("requestId=").append(change.getRequestId());
        if (change.getOrderStatus() != null) {
            text.append(" orderStatus=").append(change.getOrderStatus().getValue());
        }
        if (change.getDeliveryStatus() != null) {
            text.append(" deliveryStatus=").append(change.getDeliveryStatus().getValue());
        }
        if (change.getRefundAmount() != null) {
            text.append(" refundAmount=").append(change.getRefundAmount().getValue()).append(' ').append(change.getRefundAmount().getCurrency());
        }
        if (change.getShortOrderNumber() != null) {
            text.append(" shortOrderNumber=").append(change.getShortOrderNumber());
        }
        if (change.getReadyTime() != null) {
            text.append(" readyTime=").append(change.getReadyTime());
        }
        return text.toString();
    }
}
