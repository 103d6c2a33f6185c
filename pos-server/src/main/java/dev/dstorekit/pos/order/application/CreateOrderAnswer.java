package dev.dstorekit.pos.order.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What createOrder answers, stored as JSON with the order before it is sent, and replayed unchanged for the same
 * requestOrderId.
 *
 * @param posOrderId       present on S
 * @param autoAccept       present on S: the store's setting when the order was created
 * @param orderStatus      present on S: ACCEPTED when auto-accepted, else ORDER_SUCCESS
 * @param shortOrderNumber not assigned at creation by this POS; kept for POS systems that do
 */
@Serdeable
public record CreateOrderAnswer(Answer result,
                                @Nullable String posOrderId,
                                @Nullable Boolean autoAccept,
                                @Nullable String orderStatus,
                                @Nullable String shortOrderNumber) {

    public static CreateOrderAnswer failure(String code, String message) {
        return new CreateOrderAnswer(Answer.failure(code, message), null, null, null, null);
    }
}
