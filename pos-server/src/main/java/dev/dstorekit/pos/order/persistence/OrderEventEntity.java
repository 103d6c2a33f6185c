package dev.dstorekit.pos.order.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code order_events}: one change of an order, with when, who (source) and the payload that caused it. */
@MappedEntity("order_events")
public record OrderEventEntity(@Id @GeneratedValue @Nullable Long id,
                               long orderId,
                               Instant occurredAt,
                               String source,
                               String eventType,
                               @Nullable String fromStatus,
                               @Nullable String toStatus,
                               @Nullable String requestId,
                               String payload) {
}
