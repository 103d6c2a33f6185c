package dev.dstorekit.pos.order.domain;

/** Who caused a change in an order's history. */
public enum ChangeSource {
    /** D-Store itself, e.g. createOrder. */
    DSTORE,
    /** The order channel, forwarded by D-Store in pushOrderChange. */
    CHANNEL,
    /** The merchant, through the merchant API. */
    MERCHANT,
    /** The POS server itself, e.g. a message D-Store refused for good. */
    POS
}
