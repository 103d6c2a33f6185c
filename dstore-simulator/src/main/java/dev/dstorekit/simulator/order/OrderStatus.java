package dev.dstorekit.simulator.order;

/**
 * An order's status as D-Store sees it (REFERENCE §8.1). {@code PENDING}: createOrder sent, no answer yet.
 * {@code rank} orders the success path; final statuses end the order (except foodpanda's COMPLETED → CANCELLED,
 * which only the channel can do).
 */
public enum OrderStatus {
    PENDING(0, false),
    ORDER_SUCCESS(0, false),
    ACCEPTED(1, false),
    PREPARING(2, false),
    READY(3, false),
    COMPLETED(4, true),
    CANCELLED(-1, true),
    REJECTED(-1, true),
    ORDER_FAIL(-1, true);

    private final int rank;
    private final boolean terminal;

    OrderStatus(int rank, boolean terminal) {
        this.rank = rank;
        this.terminal = terminal;
    }

    /** Position on the success path; -1 for the issue path. */
    public int rank() {
        return rank;
    }

    public boolean terminal() {
        return terminal;
    }

    public boolean successPath() {
        return rank >= 0;
    }

    /** Created on the POS but not yet accepted. */
    public boolean awaitingAcceptance() {
        return this == PENDING || this == ORDER_SUCCESS;
    }
}
