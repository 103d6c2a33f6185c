package dev.dstorekit.simulator.order;

import dev.dstorekit.api.pos.model.CreateOrderRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Set;

/** A {@link SimOrder}'s whole state at one moment, as the sandbox database keeps it. */
@Serdeable
public record OrderSnapshot(CreateOrderRequest request,
                            String runId,
                            String flow,
                            @Nullable String posOrderId,
                            @Nullable Boolean autoAccept,
                            OrderStatus status,
                            Set<OrderStatus> reached,
                            @Nullable String deliveryStatus,
                            long merchantRefunded,
                            long channelRefunded,
                            int notifications,
                            @Nullable String shortOrderNumber,
                            List<TimelineEntry> timeline,
                            List<String> milestones) {
}
