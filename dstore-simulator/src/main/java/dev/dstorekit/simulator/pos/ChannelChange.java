package dev.dstorekit.simulator.pos;

import io.micronaut.core.annotation.Nullable;

/**
 * A pushOrderChange as the channel makes D-Store send it; the gateway turns it into the generated request.
 *
 * @param requestId    the idempotency key: sending the same change again reuses it
 * @param modification a GrabFood modification (changed lines and a refund), if any
 */
public record ChannelChange(String requestId, String requestOrderId, @Nullable String orderStatus, @Nullable String deliveryStatus,
                            @Nullable Modification modification) {

    /** e.g. {@code requestId=push-1-1 orderStatus=CANCELLED}, as the order's timeline shows it. */
    public String describe() {
        StringBuilder text = new StringBuilder("requestId=").append(requestId);
        if (orderStatus != null) {
            text.append(" orderStatus=").append(orderStatus);
        }
        if (deliveryStatus != null) {
            text.append(" deliveryStatus=").append(deliveryStatus);
        }
        if (modification != null) {
            text.append(" modification, refund ").append(modification.refund()).append(' ').append(modification.currency());
        }
        return text.toString();
    }
}
