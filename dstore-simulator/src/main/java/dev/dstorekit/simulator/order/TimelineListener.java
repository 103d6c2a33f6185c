package dev.dstorekit.simulator.order;

import dev.dstorekit.simulator.violation.Violation;
import io.micronaut.core.annotation.Nullable;

/** Hears each new entry of an order's timeline as it is written, with the violation it records, if any. */
@FunctionalInterface
public interface TimelineListener {

    void added(TimelineEntry entry, @Nullable Violation verdict);
}
