package dev.dstorekit.pos.order.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code orders}. The id comes from {@code order_id_seq}; request_order_id is the idempotency key. */
@MappedEntity("orders")
public record OrderEntity(@Id Long id,
                          String requestOrderId,
                          String posOrderId,
                          String posAccountId,
                          String posStoreId,
                          String orderChannel,
                          String channelOrderId,
                          String serviceType,
                          @Nullable String deliveryProvider,
                          String status,
                          @Nullable String deliveryStatus,
                          boolean autoAccept,
                          @Nullable String shortOrderNumber,
                          String currency,
                          long orderAmount,
                          long refundedAmount,
                          Instant expectFulfillmentTime,
                          @Nullable Instant orderTime,
                          @Nullable Instant readyTime,
                          int linesRevision,
                          String requestSha256,
                          String requestBody,
                          String answer,
                          long version,
                          Instant createdAt,
                          Instant updatedAt) {
}
