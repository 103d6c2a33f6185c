package dev.dstorekit.simulator.idempotency;

import jakarta.inject.Singleton;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * D-Store's idempotency on {@code requestId} (REFERENCE §3): the first call with a key is processed and its answer
 * kept; the same key with the same body bytes gets that answer again without being processed; the same key with a
 * different body is refused. A {@code U} answer is not kept, so a retry is processed (Alipay family rule).
 */
@Singleton
public class IdempotentAnswers {

    /** The outcome of {@link #answer}: the answer, and whether the call was a replay or an inconsistent repeat. */
    public record Outcome<T>(T answer, boolean replay, boolean inconsistent) {
    }

    private final AnswerStore store;

    public IdempotentAnswers(AnswerStore store) {
        this.store = store;
    }

    /**
     * @param operation   the operation, so keys of different operations never collide
     * @param requestId   the idempotency key
     * @param body        the exact request body bytes
     * @param handler     processes a first call
     * @param isUnknown   whether an answer is a U (not kept)
     * @param inconsistent builds the answer for a repeat with a different body
     */
    @SuppressWarnings("unchecked")
    public <T> Outcome<T> answer(String operation, String requestId, byte[] body, Supplier<T> handler,
                                 Predicate<T> isUnknown, Supplier<T> inconsistent) {
        String key = operation + "\n" + requestId;
        AnswerStore.Entry fresh = new AnswerStore.Entry(sha256(body), new CompletableFuture<>());
        Optional<AnswerStore.Entry> existing = store.claim(key, fresh);
        if (existing.isPresent()) {
            if (!Arrays.equals(existing.get().bodyDigest(), fresh.bodyDigest())) {
                return new Outcome<>(inconsistent.get(), false, true);
            }
            try {
                return new Outcome<>((T) existing.get().answer().join(), true, false);
            } catch (CompletionException e) {
                // the first call failed without an answer; process this one as a retry
                return answer(operation, requestId, body, handler, isUnknown, inconsistent);
            }
        }
        try {
            T answer = handler.get();
            if (isUnknown.test(answer)) {
                store.release(key, fresh);
            }
            fresh.answer().complete(answer);
            return new Outcome<>(answer, false, false);
        } catch (RuntimeException | Error e) {
            store.release(key, fresh);
            fresh.answer().completeExceptionally(e);
            throw e;
        }
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
