package dev.dstorekit.pos.outbox.application;

import dev.dstorekit.pos.outbox.domain.RetryPolicy;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The checked {@code pos.outbox.*} keys.
 *
 * @param pollInterval   pause between drains when nothing is due
 * @param initialBackoff first retry delay (then doubled per attempt, with jitter)
 * @param maxBackoff     cap of the retry delay
 * @param maxAttempts    attempts before a message that keeps failing transiently is FAILED
 * @param lease          how long a claimed message is reserved for its sender; longer than a D-Store call can take
 * @param batchSize      messages claimed at once (each the head of its own ordering key)
 */
public record OutboxSettings(Duration pollInterval,
                             Duration initialBackoff,
                             Duration maxBackoff,
                             int maxAttempts,
                             Duration lease,
                             int batchSize) {

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(initialBackoff, maxBackoff, maxAttempts,
                bound -> ThreadLocalRandom.current().nextLong(bound));
    }
}
