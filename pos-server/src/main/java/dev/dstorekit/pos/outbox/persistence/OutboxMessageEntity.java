package dev.dstorekit.pos.outbox.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code outbox_messages} (see V2__merchant_side_and_outbox.sql for the meaning of each column). */
@MappedEntity("outbox_messages")
public record OutboxMessageEntity(@Id @GeneratedValue @Nullable Long id,
                                  String orderingKey,
                                  String operation,
                                  String requestId,
                                  String posAccountId,
                                  String posStoreId,
                                  @Nullable Long orderId,
                                  String payload,
                                  String state,
                                  int attempts,
                                  Instant nextAttemptAt,
                                  @Nullable Instant lastAttemptAt,
                                  @Nullable String lastResultCode,
                                  @Nullable String lastResultMessage,
                                  @Nullable String lockedBy,
                                  @Nullable Instant lockedUntil,
                                  Instant createdAt,
                                  @Nullable Instant finishedAt) {
}
