package dev.dstorekit.pos.outbox.application;

import dev.dstorekit.pos.outbox.domain.OutboundOperation;
import io.micronaut.core.annotation.Nullable;

/**
 * A message a sender has leased for one attempt.
 *
 * @param attempts attempts made so far, this one included
 * @param token    the lease: only its holder can record the outcome
 */
public record ClaimedMessage(long id,
                             String requestId,
                             OutboundOperation operation,
                             String payload,
                             @Nullable Long orderId,
                             String posAccountId,
                             String posStoreId,
                             int attempts,
                             String token) {
}
