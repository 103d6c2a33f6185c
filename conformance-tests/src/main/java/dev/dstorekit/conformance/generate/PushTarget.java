package dev.dstorekit.conformance.generate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the suite knows of an order it created and pushes changes to, so that generated pushes obey the rules the
 * spec's pushOrderChange description documents: a modification only for a GrabFood order, with no more lines and
 * no higher total than it has; a refund never above what is left to refund; a delivery status only when the
 * channel delivers.
 *
 * @param requestOrderId   the order's id
 * @param channel          its orderChannel
 * @param serviceType      its serviceType
 * @param deliveryProvider its deliveryProvider, or {@code null}
 * @param lines            how many lines it has now
 * @param linesTotal       Σ totalAmount of its lines now
 * @param orderAmount      what the customer paid
 * @param refunded         what pushes the POS accepted have refunded
 * @param mayBeFinal       whether a status change was applied (or reported), after which the channel's next status
 *                         change may be refused as ORDER_STATUS_INVALID
 */
public record PushTarget(String requestOrderId, String channel, String serviceType, String deliveryProvider,
                         int lines, long linesTotal, long orderAmount, long refunded, boolean mayBeFinal) {

    /** A just-created order. */
    public static PushTarget of(JsonNode order) {
        long total = 0;
        for (JsonNode line : order.path("orderProducts")) {
            total += line.path("totalAmount").path("value").asLong();
        }
        return new PushTarget(order.path("requestOrderId").asText(), order.path("orderChannel").asText(),
                order.path("serviceType").asText(), order.path("deliveryProvider").asText(null),
                order.path("orderProducts").size(), total, order.path("orderAmount").path("value").asLong(), 0, false);
    }

    boolean channelDelivers() {
        return serviceType.equals("DELIVERY") && "CHANNEL".equals(deliveryProvider);
    }

    boolean modifiable() {
        return channel.equals("GRABFOOD");
    }

    /** Conservatively: never more than the order's current lines total, minus what was refunded. */
    long refundable() {
        return Math.max(0, Math.min(orderAmount, linesTotal) - refunded);
    }

    /** The order after the POS applied {@code push} (answered S). */
    public PushTarget after(JsonNode push) {
        int newLines = lines;
        long newTotal = linesTotal;
        if (push.has("updatedOrderProducts")) {
            newLines = push.path("updatedOrderProducts").size();
            newTotal = 0;
            for (JsonNode line : push.path("updatedOrderProducts")) {
                newTotal += line.path("totalAmount").path("value").asLong();
            }
        }
        long newRefunded = refunded + push.path("refundInfo").path("refundAmount").path("value").asLong(0);
        return new PushTarget(requestOrderId, channel, serviceType, deliveryProvider, newLines, newTotal, orderAmount,
                newRefunded, mayBeFinal || push.has("orderStatus"));
    }

    /** The order, known to be in a status from which some changes may be refused. */
    public PushTarget withMayBeFinal() {
        return new PushTarget(requestOrderId, channel, serviceType, deliveryProvider, lines, linesTotal, orderAmount,
                refunded, true);
    }
}
