package dev.dstorekit.pos.overload;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A fixed number of permits for callers that must not block a thread while they wait (the HTTP event loop): a permit
 * is handed out at once if one is free, else to the longest-waiting caller when one is released; a caller that got
 * none within its wait, or found the queue full, gets an empty answer. {@code java.util.concurrent.Semaphore} blocks
 * the waiting thread, and resilience4j's bulkheads either block it as well or queue without a time limit.
 */
public final class Permits {

    private final int limit;
    private final int maxWaiting;
    private final ScheduledExecutorService timer;
    private final Executor handOff;
    private final Object lock = new Object();
    private final ArrayDeque<CompletableFuture<Optional<Permit>>> waiting = new ArrayDeque<>();
    private int available;

    /**
     * @param timer   ends the waits that run out
     * @param handOff where a waiter continues once it got a permit, so it does not run on the releasing thread
     */
    public Permits(int limit, int maxWaiting, ScheduledExecutorService timer, Executor handOff) {
        if (limit < 1 || maxWaiting < 0) {
            throw new IllegalArgumentException("limit " + limit + ", maxWaiting " + maxWaiting);
        }
        this.limit = limit;
        this.maxWaiting = maxWaiting;
        this.timer = timer;
        this.handOff = handOff;
        this.available = limit;
    }

    /** A permit, now or within {@code maxWait}; empty if none came in time or too many callers were waiting already. */
    public CompletableFuture<Optional<Permit>> acquire(Duration maxWait) {
        CompletableFuture<Optional<Permit>> waiter;
        synchronized (lock) {
            if (available > 0) {
                available--;
                return CompletableFuture.completedFuture(Optional.of(new Permit()));
            }
            if (waiting.size() >= maxWaiting || maxWait.isZero()) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            waiter = new CompletableFuture<>();
            waiting.add(waiter);
        }
        timer.schedule(() -> giveUp(waiter), maxWait.toNanos(), TimeUnit.NANOSECONDS);
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
        }
        Optional<Permit> handed = Optional.of(new Permit());
        handOff.execute(() -> next.complete(handed));
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
