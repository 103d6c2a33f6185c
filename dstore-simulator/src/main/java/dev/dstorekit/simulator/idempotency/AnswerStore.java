package dev.dstorekit.simulator.idempotency;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The answers given per idempotency key. A claim is atomic: exactly one caller gets to produce the answer for a
 * key, concurrent duplicates wait for it.
 */
public interface AnswerStore {

    /** A key's body digest and its (possibly still pending) answer. */
    record Entry(byte[] bodyDigest, CompletableFuture<Object> answer) {
    }

    /** Stores {@code fresh} unless the key already has an entry; returns the existing entry if there is one. */
    Optional<Entry> claim(String key, Entry fresh);

    /** Forgets the key again (the answer was U, so a retry must be processed). */
    void release(String key, Entry entry);

    /** Forgets every answer. */
    void clear();
}
