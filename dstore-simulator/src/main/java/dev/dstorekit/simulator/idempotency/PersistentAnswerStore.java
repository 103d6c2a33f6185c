package dev.dstorekit.simulator.idempotency;

import dev.dstorekit.simulator.persistence.DocumentTable;
import dev.dstorekit.simulator.persistence.SandboxDatabase;
import dev.dstorekit.simulator.result.Reply;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The answers given, in memory and written through to the sandbox database once an answer is final, so a replay
 * after a restart is still answered the same (a {@code U} is released, never kept). Only {@link Reply} answers are
 * kept; they are what the gateway gives.
 */
@Singleton
public class PersistentAnswerStore implements AnswerStore {

    /** One kept answer: the body digest (Base64) it was given for, and the answer. */
    @Serdeable
    public record KeptAnswer(String key, String bodyDigest, Reply answer) {
    }

    private final InMemoryAnswerStore memory = new InMemoryAnswerStore();
    private final DocumentTable<KeptAnswer> table;

    public PersistentAnswerStore(SandboxDatabase database, JsonMapper json) {
        table = new DocumentTable<>(database, json, "answer", KeptAnswer.class);
        for (KeptAnswer kept : table.all()) {
            memory.claim(kept.key(), new Entry(Base64.getDecoder().decode(kept.bodyDigest()),
                    CompletableFuture.completedFuture(kept.answer())));
        }
    }

    @Override
    public Optional<Entry> claim(String key, Entry fresh) {
        Optional<Entry> existing = memory.claim(key, fresh);
        if (existing.isEmpty()) {
            fresh.answer().thenAccept(answer -> keep(key, fresh, answer));
        }
        return existing;
    }

    @Override
    public synchronized void release(String key, Entry entry) {
        memory.release(key, entry);
        table.delete(key);
    }

    @Override
    public synchronized void clear() {
        table.deleteAll();
        memory.clear();
    }

    /** Writes the answer down unless it was released (a U) or wiped meanwhile. */
    private synchronized void keep(String key, Entry entry, Object answer) {
        if (answer instanceof Reply reply && memory.holds(key, entry)) {
            table.put(key, new KeptAnswer(key, Base64.getEncoder().encodeToString(entry.bodyDigest()), reply));
        }
    }
}
