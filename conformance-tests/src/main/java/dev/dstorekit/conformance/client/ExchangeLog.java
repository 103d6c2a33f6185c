package dev.dstorekit.conformance.client;

import java.util.ArrayList;
import java.util.List;

/** Every exchange of the run, in order, for rules that hold for all answers. Thread-safe. */
public final class ExchangeLog {

    private final List<Exchange> exchanges = new ArrayList<>();

    synchronized void add(Exchange exchange) {
        exchanges.add(exchange);
    }

    public synchronized List<Exchange> all() {
        return List.copyOf(exchanges);
    }
}
