package dev.dstorekit.pos.outbox.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exponential backoff with equal jitter, bounded in delay and in attempts. */
class RetryPolicyTest {

    static RetryPolicy policy(long jitter) {
        return new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5), 20, bound -> Math.min(jitter, bound - 1));
    }

    @ParameterizedTest(name = "after attempt {0}: {1} ms")
    @CsvSource({"1, 1000", "2, 2000", "3, 4000", "5, 16000", "9, 256000", "10, 300000", "19, 300000"})
    void theStepDoublesFromTheInitialBackoffUpToTheMaximum(int attempts, long millis) {
        assertEquals(Duration.ofMillis(millis), policy(0).step(attempts));
    }

    @ParameterizedTest(name = "after attempt {0}")
    @CsvSource({"1", "4", "12"})
    void theDelayIsJitteredWithinTheUpperHalfOfTheStep(int attempts) {
        long step = policy(0).step(attempts).toMillis();

        assertEquals(Optional.of(Duration.ofMillis(step / 2)), policy(0).nextDelay(attempts));
        assertEquals(Optional.of(Duration.ofMillis(step)), policy(Long.MAX_VALUE).nextDelay(attempts));
    }

    @Test
    void afterTheLastAttemptThereIsNoNextOne() {
        assertEquals(Optional.empty(), policy(0).nextDelay(20));
        assertEquals(Optional.empty(), policy(0).nextDelay(21));
    }

    @Test
    void aRealRandomSourceStaysWithinTheBounds() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(400), 6,
                bound -> java.util.concurrent.ThreadLocalRandom.current().nextLong(bound));
        for (int i = 0; i < 1000; i++) {
            long delay = policy.nextDelay(3).orElseThrow().toMillis();
            if (delay < 200 || delay > 400) {
                throw new AssertionError("delay " + delay + " outside [200, 400]");
            }
        }
    }
}
