package dev.dstorekit.pos.order.domain;

/** The order statuses of REFERENCE §8.1, as the POS reports them in inquireOrderDetail. */
public enum OrderStatus {
    ORDER_SUCCESS, ACCEPTED, PREPARING, READY, COMPLETED, CANCELLED, REJECTED, ORDER_FAIL;

    /** No regular transition leaves a final status (the Foodpanda COMPLETED → CANCELLED exception aside). */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED || this == REJECTED || this == ORDER_FAIL;
    }
}
