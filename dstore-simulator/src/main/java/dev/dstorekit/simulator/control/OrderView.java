package dev.dstorekit.simulator.control;

import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.order.TimelineEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An order on the control API: what D-Store knows of it and, in detail, its request and timeline. */
@Serdeable
public record OrderView(String requestOrderId,
                        @Nullable String posOrderId,
                        String runId,
                        String flow,
                        String store,
                        String channel,
                        String serviceType,
                        String status,
                        @Nullable String deliveryStatus,
                        long paid,
                        long refunded,
                        int notifications,
                        @Nullable CreateOrderRequest request,
                        @Nullable List<TimelineEntry> timeline) {

    static OrderView summary(SimOrder order) {
        return of(order, false);
    }

    static OrderView detail(SimOrder order) {
        return of(order, true);
    }

    private static OrderView of(SimOrder order, boolean detail) {
        return new OrderView(order.requestOrderId(), order.posOrderId(), order.runId(), order.flow(), order.store().toString(),
                order.channel(), order.request().getServiceType().getValue(), order.status().name(), order.deliveryStatus(),
                order.paid().value(), order.refunded(), order.notifications(), detail ? order.request() : null,
                detail ? order.timeline() : null);
    }
}
