package dev.dstorekit.simulator.idempotency;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** requestId idempotency under concurrency, and U answers not kept. */
class IdempotentAnswersTest {

    final IdempotentAnswers answers = new IdempotentAnswers(new InMemoryAnswerStore());
    final byte[] body = "{\"requestId\":\"r-1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void concurrentDuplicatesAreProcessedOnceAndAllGetTheSameAnswer() throws Exception {
        AtomicInteger processed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<IdempotentAnswers.Outcome<String>>> outcomes = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return answers.answer("syncProduct", "r-1", body, () -> {
                    processed.incrementAndGet();
                    sleep();
                    return "S#" + processed.get();
                }, answer -> answer.startsWith("U"), () -> "F");
            }));
        }
        start.countDown();
        long replays = 0;
        for (Future<IdempotentAnswers.Outcome<String>> outcome : outcomes) {
            assertEquals("S#1", outcome.get().answer());
            replays += outcome.get().replay() ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(1, processed.get());
        assertEquals(15, replays);
    }

    @Test
    void aUAnswerIsNotKeptSoTheRetryIsProcessed() {
        AtomicInteger calls = new AtomicInteger();

        String first = answers.answer("notifyOrderChange", "r-2", body, () -> calls.incrementAndGet() == 1 ? "U" : "S",
                answer -> answer.equals("U"), () -> "F").answer();
        IdempotentAnswers.Outcome<String> retry = answers.answer("notifyOrderChange", "r-2", body, () -> calls.incrementAndGet() == 1 ? "U" : "S",
                answer -> answer.equals("U"), () -> "F");

        assertEquals("U", first);
        assertEquals("S", retry.answer());
        assertFalse(retry.replay());
    }

    @Test
    void theSameKeyWithAnotherBodyIsInconsistentAndKeysOfOtherOperationsAreSeparate() {
        answers.answer("syncStore", "r-3", body, () -> "S", answer -> false, () -> "F");

        IdempotentAnswers.Outcome<String> changed = answers.answer("syncStore", "r-3", "{}".getBytes(StandardCharsets.UTF_8),
                () -> "S again", answer -> false, () -> "F REPEAT_REQ_INCONSISTENT");
        IdempotentAnswers.Outcome<String> otherOperation = answers.answer("syncProduct", "r-3", "{}".getBytes(StandardCharsets.UTF_8),
                () -> "S other", answer -> false, () -> "F");

        assertTrue(changed.inconsistent());
        assertEquals("F REPEAT_REQ_INCONSISTENT", changed.answer());
        assertEquals("S other", otherOperation.answer());
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
