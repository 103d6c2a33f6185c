package dev.dstorekit.pos.outbox.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongUnaryOperator;

/**
 * When to try a message again: exponential backoff from {@code initialBackoff}, doubling per attempt up to
 * {@code maxBackoff}, with "equal jitter" (a random point in the upper half of the step) so that many messages
 * failing together do not come back together; after {@code maxAttempts} attempts it gives up.
 */
public record RetryPolicy(Duration initialBackoff, Duration maxBackoff, int maxAttempts, LongUnaryOperator random) {

    /**
     * @param attemptsMade attempts so far, including the one that just failed (≥ 1)
     * @return the delay before the next attempt, or empty when the attempts are used up
     */
    public Optional<Duration> nextDelay(int attemptsMade) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(jittered(step(attemptsMade)));
    }

    /** {@code min(maxBackoff, initialBackoff × 2^(attemptsMade − 1))}. */
    Duration step(int attemptsMade) {
        long initial = initialBackoff.toMillis();
        long max = maxBackoff.toMillis();
        int doublings = Math.max(0, attemptsMade - 1);
        long step = initial;
        for (int i = 0; i < doublings && step < max; i++) {
            step = step * 2;
        }
        return Duration.ofMillis(Math.min(step, max));
    }

    private Duration jittered(Duration step) {
        long millis = step.toMillis();
        long half = millis / 2;
        long spread = millis - half;
        return Duration.ofMillis(half + (spread <= 0 ? 0 : random.applyAsLong(spread + 1)));
    }
}
