package dev.dstorekit.pos.outbox.application;

import dev.dstorekit.pos.outbox.domain.OutboxState;

import java.util.List;
import java.util.Optional;

/** Read side of the outbox, for the merchant API. */
public interface OutboxQueries {

    /** The order's messages, oldest first. */
    List<OutboundMessageView> forOrder(long orderId);

    /** The state of the store's latest addStore message, if the store was added through the merchant API. */
    Optional<OutboxState> addStoreState(String posAccountId, String posStoreId);
}
