package dev.dstorekit.simulator.web;

import dev.dstorekit.simulator.journal.JournalEntry;
import dev.dstorekit.simulator.journal.MessageJournal;
import io.micronaut.http.sse.Event;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import java.util.function.Function;
import java.util.function.Predicate;

/** New journal entries as server-sent events, for the pages that follow the messages live. */
@Singleton
class JournalEvents {

    private final MessageJournal journal;

    JournalEvents(MessageJournal journal) {
        this.journal = journal;
    }

    /** An event for each entry appended from now on that passes {@code filter}, until the page goes away. */
    <T> Publisher<Event<T>> follow(Predicate<JournalEntry> filter, Function<JournalEntry, T> data) {
        return Flux.create(sink -> {
            MessageJournal.Subscription subscription = journal.subscribe(entry -> {
                if (filter.test(entry)) {
                    sink.next(Event.of(data.apply(entry)).id(String.valueOf(entry.id())).name("message"));
                }
            });
            sink.onDispose(subscription::close);
        }, FluxSink.OverflowStrategy.LATEST);
    }
}
