package dev.dstorekit.pos.order.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code order_flags}: a problem the merchant must look at, open until resolved. */
@MappedEntity("order_flags")
public record OrderFlagEntity(@Id @GeneratedValue @Nullable Long id,
                              long orderId,
                              String flag,
                              String detail,
                              Instant createdAt,
                              @Nullable Instant resolvedAt) {
}
