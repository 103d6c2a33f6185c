package dev.dstorekit.simulator.journal;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A journal held in memory, bounded to the newest {@value #LIMIT} entries: the cache {@link PersistentMessageJournal} writes through. */
public class InMemoryMessageJournal implements MessageJournal {

    static final int LIMIT = 50_000;

    private final List<JournalEntry> entries = new ArrayList<>();
    private final List<Consumer<JournalEntry>> listeners = new CopyOnWriteArrayList<>();
    private long lastId;

    @Override
    public JournalEntry append(JournalEntry draft) {
        JournalEntry entry;
        synchronized (entries) {
            entry = draft.withId(++lastId);
            entries.add(entry);
            if (entries.size() > LIMIT) {
                entries.remove(0);
            }
        }
        listeners.forEach(listener -> listener.accept(entry));
        return entry;
    }

    /** Puts back entries kept from an earlier run, oldest first; new entries continue their ids. */
    void restore(List<JournalEntry> kept) {
        synchronized (entries) {
            kept.stream().sorted(Comparator.comparingLong(JournalEntry::id)).forEach(entries::add);
            while (entries.size() > LIMIT) {
                entries.remove(0);
            }
            lastId = entries.isEmpty() ? lastId : Math.max(lastId, entries.get(entries.size() - 1).id());
        }
    }

    @Override
    public Optional<JournalEntry> find(long id) {
        synchronized (entries) {
            return entries.stream().filter(entry -> entry.id() == id).findFirst();
        }
    }

    @Override
    public List<JournalEntry> find(JournalQuery query) {
        List<JournalEntry> found = new ArrayList<>();
        synchronized (entries) {
            for (int i = entries.size() - 1; i >= 0 && found.size() < query.limit(); i--) {
                if (query.matches(entries.get(i))) {
                    found.add(entries.get(i));
                }
            }
        }
        return found;
    }

    @Override
    public Optional<JournalEntry> firstProcessed(String operation, String requestId) {
        synchronized (entries) {
            return entries.stream().filter(entry -> operation.equals(entry.operation()) && entry.processed(requestId)).findFirst();
        }
    }

    @Override
    public Subscription subscribe(Consumer<JournalEntry> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
