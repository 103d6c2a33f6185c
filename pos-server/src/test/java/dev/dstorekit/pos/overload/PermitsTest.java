package dev.dstorekit.pos.overload;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermitsTest {

    /** Long enough that a wait never runs out unless the test means it to. */
    static final Duration FOREVER = Duration.ofMinutes(5);

    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void freePermitsAreHandedOutAtOnceAndCounted() {
        Permits permits = new Permits(2, 0, timer, Runnable::run);

        Optional<Permits.Permit> first = permits.acquire(Duration.ZERO).join();
        Optional<Permits.Permit> second = permits.acquire(Duration.ZERO).join();

        assertTrue(first.isPresent() && second.isPresent());
        assertEquals(2, permits.inUse());
    }

    @Test
    void withNoPermitFreeAndNoRoomInTheQueueACallerIsTurnedAwayAtOnce() {
        Permits permits = new Permits(1, 0, timer, Runnable::run);
        permits.acquire(Duration.ZERO).join();

        CompletableFuture<Optional<Permits.Permit>> refused = permits.acquire(FOREVER);

        assertTrue(refused.isDone(), "no waiting when the queue holds nobody");
        assertEquals(Optional.empty(), refused.join());
    }

    @Test
    void aReleasedPermitGoesToTheLongestWaitingCaller() {
        Permits permits = new Permits(1, 2, timer, Runnable::run);
        Permits.Permit held = permits.acquire(Duration.ZERO).join().orElseThrow();
        CompletableFuture<Optional<Permits.Permit>> first = permits.acquire(FOREVER);
        CompletableFuture<Optional<Permits.Permit>> second = permits.acquire(FOREVER);
        assertEquals(2, permits.waiting());

        held.release();

        assertTrue(first.join().isPresent());
        assertFalse(second.isDone(), "one permit, one caller served");
        assertEquals(1, permits.inUse());
        assertEquals(1, permits.waiting());
    }

    @Test
    void aCallerWhoseWaitRunsOutIsTurnedAwayAndLeavesTheQueue() throws Exception {
        Permits permits = new Permits(1, 1, timer, Runnable::run);
        Permits.Permit held = permits.acquire(Duration.ZERO).join().orElseThrow();

        Optional<Permits.Permit> gaveUp = permits.acquire(Duration.ofMillis(50)).get(10, TimeUnit.SECONDS);

        assertEquals(Optional.empty(), gaveUp);
        assertEquals(0, permits.waiting());
        held.release();
        assertEquals(0, permits.inUse(), "the permit went back to the pool, not to the caller that gave up");
    }

    @Test
    void releasingAPermitTwiceReleasesItOnce() {
        Permits permits = new Permits(2, 0, timer, Runnable::run);
        Permits.Permit permit = permits.acquire(Duration.ZERO).join().orElseThrow();
        permits.acquire(Duration.ZERO).join().orElseThrow();

        permit.release();
        permit.release();

        assertEquals(1, permits.inUse());
    }

    @Test
    void theWaiterContinuesOnTheHandOffExecutorNotOnTheReleasingThread() throws Exception {
        Permits permits = new Permits(1, 1, timer, timer);
        Permits.Permit held = permits.acquire(Duration.ZERO).join().orElseThrow();
        CompletableFuture<String> continuedOn = permits.acquire(FOREVER).thenApply(p -> Thread.currentThread().getName());

        held.release();

        assertFalse(continuedOn.get(10, TimeUnit.SECONDS).equals(Thread.currentThread().getName()));
    }
}
