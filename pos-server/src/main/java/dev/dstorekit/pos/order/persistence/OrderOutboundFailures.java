package dev.dstorekit.pos.order.persistence;

import dev.dstorekit.pos.order.application.OrderFlag;
import dev.dstorekit.pos.order.domain.ChangeSource;
import dev.dstorekit.pos.outbox.application.OutboundFailureListener;
import dev.dstorekit.pos.shared.StoredText;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Surfaces a message D-Store will never get on its order: an OUTBOUND_FAILED flag the merchant sees, and a history
 * entry from the POS naming the requestId and D-Store's resultCode. Runs in the transaction that marks the message
 * FAILED.
 */
@Singleton
public class OrderOutboundFailures implements OutboundFailureListener {

    public static final String OUTBOUND_FAILED = "OUTBOUND_FAILED";
    /** order_events.payload is unbounded; the detail quotes D-Store's answer, which is not. */
    private static final int MAX_EVENT_PAYLOAD = 8192;

    private final OrderFlagRepository flags;
    private final OrderEventRepository events;
    private final Clock clock;

    public OrderOutboundFailures(OrderFlagRepository flags, OrderEventRepository events, Clock clock) {
        this.flags = flags;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void orderMessageFailed(long orderId, String requestId, String detail) {
        Instant now = clock.instant();
        flags.saveAll(List.of(new OrderFlagEntity(null, orderId, OUTBOUND_FAILED,
                StoredText.note(detail, OrderFlag.MAX_DETAIL), now, null)));
        events.saveAll(List.of(new OrderEventEntity(null, orderId, now, ChangeSource.POS.name(), OUTBOUND_FAILED,
                null, null, requestId, StoredText.note(detail, MAX_EVENT_PAYLOAD))));
    }
}
