package dev.dstorekit.simulator.violation;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/** Where every detected violation goes; scenario reports and the control API read it back. Thread-safe. */
public interface ViolationLog {

    Violation record(ViolationKind kind, @Nullable String requestOrderId, String operation, String details);

    List<Violation> all();

    /** Violations seen at or after {@code since}. */
    List<Violation> since(Instant since);

    void clear();
}
