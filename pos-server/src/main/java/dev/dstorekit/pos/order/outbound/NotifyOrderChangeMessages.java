package dev.dstorekit.pos.order.outbound;

import dev.dstorekit.api.pos.model.Amount;
import dev.dstorekit.api.pos.model.DeliveryStatus;
import dev.dstorekit.api.pos.model.NotifyOrderChangeRequest;
import dev.dstorekit.api.pos.model.NotifyOrderStatus;
import dev.dstorekit.pos.order.application.OrderNotifications;
import dev.dstorekit.pos.order.application.StoredOrder;
import dev.dstorekit.pos.order.domain.OrderNotification;
import dev.dstorekit.pos.outbox.application.OutboundMessage;
import dev.dstorekit.pos.outbox.application.Outbox;
import dev.dstorekit.pos.outbox.domain.OutboundOperation;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * {@link OrderNotifications} through the outbox: one notifyOrderChange per change, in the generated request model so
 * the wire shape lives in one place, ordered behind the order's earlier messages.
 */
@Singleton
public class NotifyOrderChangeMessages implements OrderNotifications {

    private final Outbox outbox;

    public NotifyOrderChangeMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String queue(StoredOrder order, OrderNotification change) {
        String requestId = "ntf-" + order.posOrderId() + "-" + UUID.randomUUID();
        outbox.queue(OutboundMessage.aboutOrder(OutboundOperation.NOTIFY_ORDER_CHANGE, requestId, order.id(),
                order.posAccountId(), order.posStoreId(), request(requestId, order.requestOrderId(), change)));
        return requestId;
    }

    private static NotifyOrderChangeRequest request(String requestId, String requestOrderId, OrderNotification change) {
        NotifyOrderChangeRequest request = new NotifyOrderChangeRequest(requestId, requestOrderId);
        if (change.status() != null) {
            request.setOrderStatus(NotifyOrderStatus.fromValue(change.status().name()));
        }
        request.setShortOrderNumber(change.shortOrderNumber());
        request.setReadyTime(change.readyTime());
        if (change.deliveryStatus() != null) {
            request.setDeliveryStatus(DeliveryStatus.fromValue(change.deliveryStatus()));
        }
        if (change.refundAmount() != null) {
            request.setRefundAmount(new Amount(Math.toIntExact(change.refundAmount().value()),
                    change.refundAmount().currency()));
            request.setRefundReason(change.refundReason());
        }
        return request;
    }
}
