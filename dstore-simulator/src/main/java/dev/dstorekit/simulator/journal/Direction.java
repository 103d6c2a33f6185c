package dev.dstorekit.simulator.journal;

/** Which way a message went, seen from D-Store (the simulator). */
public enum Direction {
    /** D-Store called the POS: createOrder, inquireOrderDetail, pushOrderChange. */
    TO_POS,
    /** The POS called D-Store: syncProduct, notifyOrderChange, syncStore, addStore. */
    FROM_POS
}
