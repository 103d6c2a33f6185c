package dev.dstorekit.pos.support;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;

/** Reads the server's Micrometer counters (the same values /prometheus exports). */
public final class Metrics {

    private Metrics() {
    }

    /** The sum of all counters with this name and these tag pairs (0 if none was registered yet). */
    public static double count(PosServer server, String name, String... tags) {
        Search search = server.context().getBean(MeterRegistry.class).find(name);
        if (tags.length > 0) {
            search = search.tags(tags);
        }
        return search.counters().stream().mapToDouble(Counter::count).sum();
    }
}
