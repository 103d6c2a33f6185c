package dev.dstorekit.pos.order.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code order_change_requests}: a pushOrderChange requestId and the answer it got. */
@MappedEntity("order_change_requests")
public record OrderChangeRequestEntity(@Id String requestId,
                                       String requestOrderId,
                                       String requestSha256,
                                       @Nullable String answer,
                                       Instant createdAt) {
}
