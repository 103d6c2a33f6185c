package dev.dstorekit.pos.overload;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermitsTest {

    /** Long enough that a wait never runs out unless the test means it to. */
    static final Duration FOREVER = Duration.ofMinutes(5);

    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    final AtomicLong now = new AtomicLong();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    static final Duration STANDING_AFTER = Duration.ofMillis(100);

    /** Permits on the test's clock, which moves only when a test moves it. */
    Permits permits(int limit, int maxWaiting) {
        return new Permits(limit, maxWaiting, STANDING_AFTER, timer, now::get);
    }

    @Test
    void freePermitsAreHandedOutAtOnceAndCounted() {
        Permits permits = permits(2, 0);

        Optional<Permits.Permit> first = permits.acquire(Duration.ZERO, Duration.ZERO).join();
        Optional<Permits.Permit> second = permits.acquire(Duration.ZERO, Duration.ZERO).join();

        assertTrue(first.isPresent() && second.isPresent());
        assertEquals(2, permits.inUse());
    }

    @Test
    void withNoPermitFreeAndNoRoomInTheQueueACallerIsTurnedAwayAtOnce() {
        Permits permits = permits(1, 0);
        permits.acquire(Duration.ZERO, Duration.ZERO).join();

        CompletableFuture<Optional<Permits.Permit>> refused = permits.acquire(FOREVER, FOREVER);

        assertTrue(refused.isDone(), "no waiting when the queue holds nobody");
        assertEquals(Optional.empty(), refused.join());
    }

    @Test
    void aReleasedPermitGoesToTheLongestWaitingCaller() {
        Permits permits = permits(1, 2);
        Permits.Permit held = permits.acquire(Duration.ZERO, Duration.ZERO).join().orElseThrow();
        CompletableFuture<Optional<Permits.Permit>> first = permits.acquire(FOREVER, FOREVER);
        CompletableFuture<Optional<Permits.Permit>> second = permits.acquire(FOREVER, FOREVER);
        assertEquals(2, permits.waiting());

        held.release();

        assertTrue(first.join().isPresent());
        assertFalse(second.isDone(), "one permit, one caller served");
        assertEquals(1, permits.inUse());
        assertEquals(1, permits.waiting());
    }

    @Test
    void aCallerWhoseWaitRunsOutIsTurnedAwayAndLeavesTheQueue() throws Exception {
        Permits permits = permits(1, 1);
        Permits.Permit held = permits.acquire(Duration.ZERO, Duration.ZERO).join().orElseThrow();

        Optional<Permits.Permit> gaveUp = permits.acquire(Duration.ofMillis(50), Duration.ofMillis(50)).get(10, TimeUnit.SECONDS);

        assertEquals(Optional.empty(), gaveUp);
        assertEquals(0, permits.waiting());
        held.release();
        assertEquals(0, permits.inUse(), "the permit went back to the pool, not to the caller that gave up");
    }

    @Test
    void releasingAPermitTwiceReleasesItOnce() {
        Permits permits = permits(2, 0);
        Permits.Permit permit = permits.acquire(Duration.ZERO, Duration.ZERO).join().orElseThrow();
        permits.acquire(Duration.ZERO, Duration.ZERO).join().orElseThrow();

        permit.release();
        permit.release();

        assertEquals(1, permits.inUse());
    }

    @Test
    void whileTheQueueKeepsEmptyingACallerWaitsTheLongWait() {
        Permits permits = permits(1, 5);
        permits.acquire(Duration.ZERO, Duration.ZERO).join().orElseThrow();
        now.addAndGet(Duration.ofSeconds(10).toNanos()); // long after the last time the queue was empty...

        CompletableFuture<Optional<Permits.Permit>> first = permits.acquire(FOREVER, Duration.ZERO);

        assertFalse(first.isDone(), "...but it is empty up to this caller: a burst starts, the caller waits");
    }

    @Test
    void onceTheQueueHasStoodForTheIntervalACallerWaitsOnlyTheShortWait() {
        Permits permits = permits(1, 5);
        permits.acquire(Duration.ZERO, Duration.ZERO).join().orElseThrow();
        CompletableFuture<Optional<Permits.Permit>> waiting = permits.acquire(FOREVER, Duration.ZERO);
        now.addAndGet(STANDING_AFTER.toNanos() - 1);
        assertFalse(permits.acquire(FOREVER, Duration.ZERO).isDone(), "not standing yet");

        now.addAndGet(1);
        CompletableFuture<Optional<Permits.Permit>> late = permits.acquire(FOREVER, Duration.ZERO);

        assertEquals(Optional.empty(), late.join(), "standing: the short wait (here none) applies");
        assertFalse(waiting.isDone());
    }

    @Test
    void aQueueThatEmptiedIsNoLongerStanding() {
        Permits permits = permits(1, 5);
        Permits.Permit held = permits.acquire(Duration.ZERO, Duration.ZERO).join().orElseThrow();
        CompletableFuture<Optional<Permits.Permit>> waiting = permits.acquire(FOREVER, Duration.ZERO);
        now.addAndGet(STANDING_AFTER.toNanos());
        held.release();
        Permits.Permit next = waiting.join().orElseThrow(); // the queue is empty again

        CompletableFuture<Optional<Permits.Permit>> afterwards = permits.acquire(FOREVER, Duration.ZERO);

        assertFalse(afterwards.isDone(), "a new burst waits the long wait");
        next.release();
        assertTrue(afterwards.join().isPresent());
    }
}
