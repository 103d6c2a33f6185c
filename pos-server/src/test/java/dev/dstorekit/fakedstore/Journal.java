package dev.dstorekit.fakedstore;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything the fake received, and two checks a correct POS never trips: two calls about one subject in flight at
 * the same time, and a requestId sent again after the fake answered it S.
 */
@Singleton
public class Journal {

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final List<String> overlaps = new CopyOnWriteArrayList<>();
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    private final List<String> resentAfterSuccess = new CopyOnWriteArrayList<>();

    void begin(Received call) {
        received.add(call);
        int now = inFlight.computeIfAbsent(call.subject(), s -> new AtomicInteger()).incrementAndGet();
        if (now > 1) {
            overlaps.add(call.subject() + " had " + now + " calls in flight (" + call.requestId() + ")");
        }
        if (delivered.contains(call.requestId())) {
            resentAfterSuccess.add(call.requestId());
        }
    }

    /** Called just before the answer leaves, so a correct POS cannot have sent the next call yet. */
    void end(Received call) {
        if (call.reply().status().equals("S") || call.reply().status().equals("A")) {
            delivered.add(call.requestId());
        }
        inFlight.get(call.subject()).decrementAndGet();
    }

    public List<Received> all() {
        return new ArrayList<>(received);
    }

    /** The calls about one subject, in the order they arrived. */
    public List<Received> about(String subject) {
        return received.stream().filter(r -> r.subject().equals(subject)).toList();
    }

    public List<String> overlaps() {
        return List.copyOf(overlaps);
    }

    /** The overlaps of one subject (a time-out in a test of its own leaves one behind on purpose). */
    public List<String> overlaps(String subject) {
        return overlaps.stream().filter(o -> o.startsWith(subject + " ")).toList();
    }

    public List<String> resentAfterSuccess() {
        return List.copyOf(resentAfterSuccess);
    }
}
