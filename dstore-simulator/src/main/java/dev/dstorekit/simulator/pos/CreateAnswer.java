package dev.dstorekit.simulator.pos;

import io.micronaut.core.annotation.Nullable;

/** createOrder's answer: on S the POS's order id and whether the store accepted the order on its own. */
public record CreateAnswer(PosResult result, @Nullable String posOrderId, @Nullable Boolean autoAccept, @Nullable String orderStatus) {

    /** e.g. {@code S SUCCESS posOrderId=P-1 autoAccept=true}, as the order's timeline shows it. */
    public String describe() {
        return result.status() + " " + result.code()
                + (posOrderId == null ? "" : " posOrderId=" + posOrderId)
                + (autoAccept == null ? "" : " autoAccept=" + autoAccept)
                + (orderStatus == null ? "" : " orderStatus=" + orderStatus)
                + (result.success() || result.message() == null ? "" : " " + result.message());
    }
}
