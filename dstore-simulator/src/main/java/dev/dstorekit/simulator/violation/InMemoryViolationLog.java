package dev.dstorekit.simulator.violation;

import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Violations in memory, told to the listeners as they are recorded: the cache {@link PersistentViolationLog} writes through. */
public class InMemoryViolationLog implements ViolationLog {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryViolationLog.class);
    private static final int LIMIT = 100_000;

    private final List<Violation> violations = new CopyOnWriteArrayList<>();
    private final Clock clock = Clock.systemUTC();
    private final List<ViolationListener> listeners;

    public InMemoryViolationLog(List<ViolationListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public Violation record(ViolationKind kind, @Nullable String requestOrderId, String operation, String details) {
        Violation violation = Violation.of(kind, requestOrderId, operation, details, clock.instant());
        if (violations.size() < LIMIT) {
            violations.add(violation);
        }
        listeners.forEach(listener -> listener.recorded(violation));
        if (violation.isError()) {
            LOG.warn("VIOLATION {} [{}] {}{}", kind, operation, requestOrderId == null ? "" : requestOrderId + ": ", details);
        } else {
            LOG.info("warning {} [{}] {}{}", kind, operation, requestOrderId == null ? "" : requestOrderId + ": ", details);
        }
        return violation;
    }

    /** Puts back violations kept from an earlier run, without telling anyone again. */
    void restore(List<Violation> kept) {
        kept.stream().limit(LIMIT).forEach(violations::add);
    }

    @Override
    public List<Violation> all() {
        return List.copyOf(violations);
    }

    @Override
    public List<Violation> since(Instant since) {
        return violations.stream().filter(v -> !v.at().isBefore(since)).toList();
    }

    @Override
    public void clear() {
        violations.clear();
    }
}
