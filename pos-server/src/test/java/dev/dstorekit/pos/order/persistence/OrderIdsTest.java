package dev.dstorekit.pos.order.persistence;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderIdsTest {

    /** order_id_seq as migrated: starts at 1, INCREMENT BY the block size. */
    private static final class Sequence {
        final AtomicLong last = new AtomicLong(1 - OrderIds.BLOCK);
        final AtomicInteger draws = new AtomicInteger();

        long nextval() {
            draws.incrementAndGet();
            return last.addAndGet(OrderIds.BLOCK);
        }
    }

    @Test
    void twoInstancesOnOneSequenceNeverHandOutTheSameId() {
        Sequence sequence = new Sequence();
        OrderIds first = new OrderIds(sequence::nextval);
        OrderIds second = new OrderIds(sequence::nextval);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(first.next()), "first instance repeated an id");
            assertTrue(seen.add(second.next()), "second instance repeated an id");
            if (i % 3 == 0) {
                assertTrue(seen.add(first.next()), "first instance repeated an id");
            }
        }
    }

    @Test
    void oneDatabaseRoundTripPerBlock() {
        Sequence sequence = new Sequence();
        OrderIds ids = new OrderIds(sequence::nextval);
        for (int i = 0; i < 3 * OrderIds.BLOCK; i++) {
            assertEquals(i + 1, ids.next(), "a single instance hands out consecutive ids");
        }
        assertEquals(3, sequence.draws.get());
    }
}
