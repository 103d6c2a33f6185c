package dev.dstorekit.pos.outbox.application;

import dev.dstorekit.pos.outbox.domain.OutboxState;
import io.micronaut.core.annotation.Nullable;

/** An outbound message as the merchant sees it. */
public record OutboundMessageView(String requestId,
                                  String operation,
                                  OutboxState state,
                                  int attempts,
                                  @Nullable String lastResultCode) {
}
