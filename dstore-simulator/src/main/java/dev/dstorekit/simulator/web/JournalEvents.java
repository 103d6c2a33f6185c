package dev.dstorekit.simulator.web;

import dev.dstorekit.simulator.journal.JournalEntry;
import dev.dstorekit.simulator.journal.MessageJournal;
import io.micronaut.http.sse.Event;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import java.util.function.Function;
import java.util.function.Predicate;

/** New journal entries as server-sent events, for the pages that follow the messages live. */
@Singleton
class JournalEvents {

    /** Events a slow page may fall behind by before the oldest are dropped (it can reload; the journal keeps them). */
    static final int BACKLOG = 10_000;

    private final MessageJournal journal;

    JournalEvents(MessageJournal journal) {
        this.journal = journal;
    }

    /**
     * A {@code ready} event at once (so the page knows it is connected), then a {@code message} event for each entry
     * appended from now on that passes {@code filter}, until the page goes away.
     */
    Publisher<Event<Object>> follow(Predicate<JournalEntry> filter, Function<JournalEntry, Object> data) {
        Flux<Event<Object>> entries = Flux.create(sink -> {
            MessageJournal.Subscription subscription = journal.subscribe(entry -> {
                if (filter.test(entry)) {
                    sink.next(Event.of(data.apply(entry)).id(String.valueOf(entry.id())).name("message"));
                }
            });
            sink.onDispose(subscription::close);
        }, FluxSink.OverflowStrategy.BUFFER);
        return Flux.concat(Flux.just(Event.<Object>of("ready").name("ready")),
                entries.onBackpressureBuffer(BACKLOG, dropped -> { }, BufferOverflowStrategy.DROP_OLDEST));
    }
}
