package dev.dstorekit.pos.order.application;

import jakarta.inject.Singleton;

/**
 * inquireOrderDetail: the stored order's posOrderId and latest status. An unknown requestOrderId is ORDER_NOT_EXIST;
 * the POS never invents an order (D-Store asks after a createOrder time-out, and a made-up answer would hide a
 * lost order).
 */
@Singleton
public class InquireOrderHandler {

    private final OrderStore orders;

    public InquireOrderHandler(OrderStore orders) {
        this.orders = orders;
    }

    public InquiryAnswer handle(String requestOrderId) {
        return orders.findByRequestOrderId(requestOrderId)
                .map(order -> new InquiryAnswer(Answer.SUCCESS, order.posOrderId(), order.status().name(),
                        order.shortOrderNumber()))
                .orElseGet(() -> new InquiryAnswer(Answer.failure("ORDER_NOT_EXIST",
                        "No order for requestOrderId " + requestOrderId), null, null, null));
    }
}
