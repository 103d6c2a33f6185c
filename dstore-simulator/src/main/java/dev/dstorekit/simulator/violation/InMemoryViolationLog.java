package dev.dstorekit.simulator.violation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The simulator is one process on a laptop: violations live in memory until it stops. */
@Singleton
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
