package dev.dstorekit.pos.order.persistence;

import dev.dstorekit.pos.order.domain.ChangeSource;
import dev.dstorekit.pos.outbox.application.OutboundFailureListener;
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
    private static final int MAX_DETAIL = 1024;

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
        String shortDetail = detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
        flags.saveAll(List.of(new OrderFlagEntity(null, orderId, OUTBOUND_FAILED, shortDetail, now, null)));
        events.saveAll(List.of(new OrderEventEntity(null, orderId, now, ChangeSource.POS.name(), OUTBOUND_FAILED,
                null, null, requestId, detail)));
    }
}
