package dev.dstorekit.pos.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for something the outbox does in the background; fails with the last value seen. */
public final class Eventually {

    private static final Duration DEFAULT = Duration.ofSeconds(10);

    private Eventually() {
    }

    public static <T> T await(String what, Supplier<T> value, Predicate<T> done) {
        return await(what, DEFAULT, value, done);
    }

    public static <T> T await(String what, Duration timeout, Supplier<T> value, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; last: " + last);
            }
            pause(Duration.ofMillis(25));
            last = value.get();
        }
        return last;
    }

    /** Lets background work run; for checks that something does NOT happen. */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
