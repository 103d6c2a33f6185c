package dev.dstorekit.simulator.idempotency;


import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Answers in memory: the cache {@link PersistentAnswerStore} writes through (and what unit tests use alone). */
public class InMemoryAnswerStore implements AnswerStore {

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<Entry> claim(String key, Entry fresh) {
        return Optional.ofNullable(entries.putIfAbsent(key, fresh));
    }

    /** Whether {@code entry} is still the key's entry. */
    boolean holds(String key, Entry entry) {
        return entries.get(key) == entry;
    }

    @Override
    public void release(String key, Entry entry) {
        entries.remove(key, entry);
    }

    @Override
    public void clear() {
        entries.clear();
    }
}
