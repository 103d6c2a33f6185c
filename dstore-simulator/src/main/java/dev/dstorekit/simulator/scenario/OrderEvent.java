package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.order.TimelineEntry;
import dev.dstorekit.simulator.violation.Violation;
import io.micronaut.core.annotation.Nullable;

/**
 * One entry on an order's timeline while its flow runs.
 *
 * @param order   the order, with its state right after the entry
 * @param label   the order's name in progress lines, e.g. {@code dine-in} or {@code happy-pickup#12}
 * @param step    the step the flow was at (an inbound notification arrives during one), null before the first
 * @param entry   what happened: direction ({@code OUT}, {@code IN}, {@code MERCHANT}, {@code NOTE}, {@code VIOLATION},
 *                {@code WARNING}), operation and summary
 * @param verdict the violation the entry records, if it records one
 */
public record OrderEvent(SimOrder order, String label, @Nullable Step step, TimelineEntry entry, @Nullable Violation verdict) {
}
