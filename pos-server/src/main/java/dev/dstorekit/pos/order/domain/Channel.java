package dev.dstorekit.pos.order.domain;

/** Where the order was placed. Rules differ per channel (Foodpanda cancels completed orders, GrabFood modifies). */
public enum Channel {
    DSTORE, GRABFOOD, FOODPANDA
}
