package dev.dstorekit.pos.order.persistence;

import java.util.function.LongSupplier;

/**
 * Order ids handed out from blocks of {@link #BLOCK} consecutive numbers. Each block starts at a value drawn from
 * {@code order_id_seq}, whose increment is {@link #BLOCK} (migration V3), so two instances sharing the database
 * never hold the same block, and drawing costs one round trip per block instead of one per order. Numbers of a
 * block still unused when the process stops are skipped, like those of a losing duplicate.
 */
final class OrderIds {

    /** Must equal the sequence's INCREMENT BY. */
    static final int BLOCK = 32;

    private final LongSupplier sequence;
    private long next;
    private long end;

    OrderIds(LongSupplier sequence) {
        this.sequence = sequence;
    }

    synchronized long next() {
        if (next == end) {
            next = sequence.getAsLong();
            end = next + BLOCK;
        }
        return next++;
    }
}
