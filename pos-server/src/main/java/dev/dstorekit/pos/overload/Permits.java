package dev.dstorekit.pos.overload;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * A fixed number of permits for callers that must not block a thread while they wait (the HTTP event loop): a permit
 * is handed out at once if one is free, else to the longest-waiting caller when one is released; a caller that got
 * none within its wait, or found the queue full, gets an empty answer.
 *
 * <p>How long a caller may wait depends on the queue (controlled delay, as in "Fail at Scale", ACM Queue 2015): if it
 * was empty at some point in the last {@code standingAfter}, a burst is queueing and will drain, so a caller waits
 * up to the long wait; if it has not been empty for that long, the queue is standing — more arrives than the permits
 * serve — and a caller waits only the short one. A client with a fixed set of connections keeps the server's own
 * queue short while its backlog grows; only the standing queue shows that, and cutting its waits answers the excess
 * at once. {@code java.util.concurrent.Semaphore} blocks the waiting thread, and resilience4j's bulkheads either
 * block it as well or queue without a time limit.
 */
public final class Permits {

    private final int limit;
    private final int maxWaiting;
    private final long standingAfterNanos;
    private final ScheduledExecutorService timer;
    private final LongSupplier nanoClock;
    private final Object lock = new Object();
    private final ArrayDeque<CompletableFuture<Optional<Permit>>> waiting = new ArrayDeque<>();
    private int available;
    private long lastEmptyNanos;

    /**
     * A waiter's future completes on the thread that released the permit or on the timer's: a caller hands its
     * continuation on to where it belongs.
     *
     * @param standingAfter a queue not empty for this long is standing
     * @param timer         ends the waits that run out
     * @param nanoClock     {@link System#nanoTime} outside tests
     */
    public Permits(int limit, int maxWaiting, Duration standingAfter, ScheduledExecutorService timer,
                   LongSupplier nanoClock) {
        if (limit < 1 || maxWaiting < 0) {
            throw new IllegalArgumentException("limit " + limit + ", maxWaiting " + maxWaiting);
        }
        this.limit = limit;
        this.maxWaiting = maxWaiting;
        this.standingAfterNanos = standingAfter.toNanos();
        this.timer = timer;
        this.nanoClock = nanoClock;
        this.available = limit;
        this.lastEmptyNanos = nanoClock.getAsLong();
    }

    /**
     * A permit, now or within the wait; empty if none came in time or too many callers were waiting already.
     *
     * @param maxWait      the wait while the queue drains now and then
     * @param standingWait the wait while the queue is standing
     */
    public CompletableFuture<Optional<Permit>> acquire(Duration maxWait, Duration standingWait) {
        CompletableFuture<Optional<Permit>> waiter;
        Duration wait;
        synchronized (lock) {
            long now = nanoClock.getAsLong();
            if (waiting.isEmpty()) {
                lastEmptyNanos = now;
            }
            if (available > 0) {
                available--;
                return CompletableFuture.completedFuture(Optional.of(new Permit()));
            }
            wait = now - lastEmptyNanos >= standingAfterNanos ? standingWait : maxWait;
            if (waiting.size() >= maxWaiting || wait.isZero()) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            waiter = new CompletableFuture<>();
            waiting.add(waiter);
        }
        timer.schedule(() -> giveUp(waiter), wait.toNanos(), TimeUnit.NANOSECONDS);
        return waiter;
    }

    /** Permits held right now. */
    public int inUse() {
        synchronized (lock) {
            return limit - available;
        }
    }

    /** Callers waiting for a permit right now. */
    public int waiting() {
        synchronized (lock) {
            return waiting.size();
        }
    }

    private void giveUp(CompletableFuture<Optional<Permit>> waiter) {
        boolean stillWaiting;
        synchronized (lock) {
            stillWaiting = waiting.remove(waiter);
            noteIfEmpty();
        }
        if (stillWaiting) {
            waiter.complete(Optional.empty());
        }
    }

    private void release() {
        CompletableFuture<Optional<Permit>> next;
        synchronized (lock) {
            next = waiting.poll();
            if (next == null) {
                available++;
                return;
            }
            noteIfEmpty();
        }
        next.complete(Optional.of(new Permit()));
    }

    /** Under the lock, after a waiter left the queue. */
    private void noteIfEmpty() {
        if (waiting.isEmpty()) {
            lastEmptyNanos = nanoClock.getAsLong();
        }
    }

    /** One permit; releasing it more than once releases it once. */
    public final class Permit {

        private final AtomicBoolean released = new AtomicBoolean();

        private Permit() {
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                Permits.this.release();
            }
        }
    }
}
