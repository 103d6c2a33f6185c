package dev.dstorekit.simulator.report;

import dev.dstorekit.simulator.order.TimelineEntry;
import dev.dstorekit.simulator.violation.Violation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One order of a run: what it was, how it ended, its milestones (the timeline in a few words), its timeline and the
 * violations it caused.
 */
@Serdeable
public record OrderReport(String requestOrderId,
                          @Nullable String posOrderId,
                          String flow,
                          String store,
                          String channel,
                          String serviceType,
                          @Nullable String deliveryProvider,
                          long amount,
                          String currency,
                          String finalStatus,
                          String outcome,
                          int notifications,
                          List<String> milestones,
                          List<TimelineEntry> timeline,
                          List<Violation> violations) {
}
