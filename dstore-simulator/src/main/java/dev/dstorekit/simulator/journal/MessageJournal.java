package dev.dstorekit.simulator.journal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every message between the simulator and the POS, both ways, with its verdicts: what the console lists and
 * what a person reads to learn why a message was refused. Thread-safe.
 */
public interface MessageJournal {

    /** Stores the entry (its id is ignored), tells the subscribers, and returns it with its id. */
    JournalEntry append(JournalEntry draft);

    Optional<JournalEntry> find(long id);

    /** Entries matching the query, newest first. */
    List<JournalEntry> find(JournalQuery query);

    /**
     * The oldest request from the POS of this operation and idempotency key that D-Store processed (it passed the
     * signature and schema checks): what a repeat of that key replays.
     */
    default Optional<JournalEntry> firstProcessed(String operation, String requestId) {
        List<JournalEntry> all = find(new JournalQuery(null, null, operation, null, null, Integer.MAX_VALUE));
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).processed(requestId)) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Calls the listener with each entry appended from now on, on the appending thread (keep it short, never
     * block). Closing the subscription stops it.
     */
    Subscription subscribe(Consumer<JournalEntry> listener);

    /** Forgets every entry (the sandbox's clean slate). */
    void clear();

    /** An active subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
