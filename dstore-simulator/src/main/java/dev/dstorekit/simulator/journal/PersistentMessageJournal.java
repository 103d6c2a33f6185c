package dev.dstorekit.simulator.journal;

import dev.dstorekit.simulator.persistence.DocumentTable;
import dev.dstorekit.simulator.persistence.SandboxDatabase;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The journal, in memory and written through to the sandbox database, which it is loaded from at start. The
 * database keeps the same newest {@value InMemoryMessageJournal#LIMIT} entries as memory (trimmed every
 * {@value #TRIM_EVERY} entries).
 */
@Singleton
public class PersistentMessageJournal implements MessageJournal {

    static final int TRIM_EVERY = 1_000;

    private final InMemoryMessageJournal memory = new InMemoryMessageJournal();
    private final DocumentTable<JournalEntry> table;

    public PersistentMessageJournal(SandboxDatabase database, JsonMapper json) {
        table = new DocumentTable<>(database, json, "journal", JournalEntry.class);
        memory.restore(table.all());
    }

    @Override
    public JournalEntry append(JournalEntry draft) {
        JournalEntry entry = memory.append(draft);
        table.put(key(entry.id()), entry);
        if (entry.id() % TRIM_EVERY == 0) {
            table.deleteBefore(key(entry.id() - InMemoryMessageJournal.LIMIT));
        }
        return entry;
    }

    @Override
    public Optional<JournalEntry> find(long id) {
        return memory.find(id);
    }

    @Override
    public List<JournalEntry> find(JournalQuery query) {
        return memory.find(query);
    }

    @Override
    public Optional<JournalEntry> firstProcessed(String operation, String requestId) {
        return memory.firstProcessed(operation, requestId);
    }

    @Override
    public Subscription subscribe(Consumer<JournalEntry> listener) {
        return memory.subscribe(listener);
    }

    @Override
    public synchronized void clear() {
        table.deleteAll();
        memory.clear();
    }

    /** Zero-padded, so the database's order of keys is the order of ids. */
    private static String key(long id) {
        return String.format("%019d", Math.max(0, id));
    }
}
