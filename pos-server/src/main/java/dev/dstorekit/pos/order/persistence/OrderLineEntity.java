package dev.dstorekit.pos.order.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code order_lines}; {@code modifiers} is the JSON of the line's modifier tree. */
@MappedEntity("order_lines")
public record OrderLineEntity(@Id @GeneratedValue @Nullable Long id,
                              long orderId,
                              int revision,
                              int lineNo,
                              String posProductId,
                              @Nullable String name,
                              int quantity,
                              @Nullable Long unitPrice,
                              long totalAmount,
                              @Nullable String modifiers,
                              @Nullable String remark) {
}
