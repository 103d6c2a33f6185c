package dev.dstorekit.simulator.idempotency;

import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Answers kept for the life of the process, like the rest of the simulator's state. */
@Singleton
public class InMemoryAnswerStore implements AnswerStore {

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<Entry> claim(String key, Entry fresh) {
        return Optional.ofNullable(entries.putIfAbsent(key, fresh));
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
