package dev.dstorekit.simulator.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.simulator.catalog.Money;
import dev.dstorekit.simulator.journal.Direction;
import dev.dstorekit.simulator.journal.JournalEntry;
import dev.dstorekit.simulator.journal.JournalQuery;
import dev.dstorekit.simulator.journal.MessageJournal;
import dev.dstorekit.simulator.order.OrderStatus;
import dev.dstorekit.simulator.order.SimOrder;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the order page shows of an order: the order's own state, and the ready time from the newest accepted
 * notifyOrderChange that carried one (the simulator's order keeps no ready time of its own).
 */
@Singleton
class OrderStates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<OrderStatus> PATH = List.of(OrderStatus.ORDER_SUCCESS, OrderStatus.ACCEPTED, OrderStatus.PREPARING,
            OrderStatus.READY, OrderStatus.COMPLETED);

    private final MessageJournal journal;

    OrderStates(MessageJournal journal) {
        this.journal = journal;
    }

    OrderState of(SimOrder order) {
        List<OrderState.Step> steps = new ArrayList<>();
        PATH.forEach(status -> steps.add(new OrderState.Step(status.name(), order.reached(status))));
        Money paid = order.paid();
        long refunded = order.refunded();
        return new OrderState(order.requestOrderId(), order.posOrderId(), order.status().name(), order.status().terminal(),
                order.shortOrderNumber(), readyTime(order.requestOrderId()), order.deliveryStatus(), paid.display(),
                refunded == 0 ? null : new Money(refunded, paid.currency()).display(), order.notifications(), steps);
    }

    @Nullable
    private String readyTime(String requestOrderId) {
        for (JournalEntry entry : journal.find(new JournalQuery(requestOrderId, null, "notifyOrderChange", null, null, 200))) {
            if (entry.direction() == Direction.FROM_POS && "S".equals(entry.resultStatus())) {
                try {
                    JsonNode readyTime = JSON.readTree(entry.requestBody()).path("readyTime");
                    if (readyTime.isTextual()) {
                        return readyTime.asText();
                    }
                } catch (IOException e) {
                    // an unreadable body was refused; it carries no ready time
                }
            }
        }
        return null;
    }
}
