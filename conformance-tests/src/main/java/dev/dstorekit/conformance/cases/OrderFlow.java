package dev.dstorekit.conformance.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.conformance.Conformance;
import dev.dstorekit.conformance.ConformanceCase;
import dev.dstorekit.conformance.client.Exchange;
import dev.dstorekit.conformance.client.Operation;
import dev.dstorekit.conformance.orders.OrderFactory;
import dev.dstorekit.conformance.report.HowToFix;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An order's life as D-Store sees it: create, inquire, channel changes pushed (REFERENCE §5.2, §5.4, §5.5, §8). */
@Order(5)
@DisplayName("Order flow (REFERENCE §5, §8)")
public class OrderFlow extends ConformanceCase {

    private static final Set<String> FINAL = Set.of("COMPLETED", "CANCELLED", "REJECTED", "ORDER_FAIL");

    @Test
    @DisplayName("§5.4, §8.1 createOrder then inquireOrderDetail returns the same posOrderId and a legal, live status")
    @HowToFix("Answer inquireOrderDetail from the stored order: the posOrderId given in the createOrder answer and the "
            + "latest status from InquiryOrderStatus; a just-created order is ORDER_SUCCESS (or ACCEPTED when auto-accepted).")
    void createThenInquireReturnsALegalStatusAndTheSamePosOrderId() {
        Conformance c = conformance();
        ObjectNode order = c.orders().pickup();
        Exchange created = c.created(order);
        Exchange inquiry = c.inquire(order.path("requestOrderId").asText());
        Expect.result(inquiry, "S", "SUCCESS", "inquireOrderDetail of an order just created");
        List<String> problems = new ArrayList<>();
        if (created.field("posOrderId") == null || !created.field("posOrderId").equals(inquiry.field("posOrderId"))) {
            problems.add("posOrderId " + inquiry.field("posOrderId") + " from inquireOrderDetail differs from "
                    + created.field("posOrderId") + " in the createOrder answer");
        }
        List<String> legal = legalStatuses();
        String status = inquiry.field("orderStatus");
        if (!legal.contains(status)) {
            problems.add("orderStatus '" + status + "' is not one of " + legal);
        } else if (FINAL.contains(status)) {
            problems.add("orderStatus '" + status + "' is final, but the order was just created and nothing changed it");
        }
        String createdStatus = created.field("orderStatus");
        if (createdStatus != null && !legal.contains(createdStatus)) {
            problems.add("the createOrder answer's orderStatus '" + createdStatus + "' is not one of " + legal);
        }
        Expect.none(problems, "Order " + order.path("requestOrderId").asText());
    }

    @Test
    @DisplayName("§3, §5.5 pushOrderChange is applied (delivery status, then COMPLETED) and idempotent on requestId")
    @HowToFix("Store each pushOrderChange answer under its requestId before replying and replay it for repeats without "
            + "applying the change again; apply channel status and delivery status changes to the stored order so "
            + "inquireOrderDetail reports them.")
    void pushOrderChangeIsAppliedAndIdempotent() {
        Conformance c = conformance();
        ObjectNode order = c.orders().order(c.orders().ids().next("order"), "GRABFOOD", "DELIVERY");
        c.created(order);
        String id = order.path("requestOrderId").asText();
        byte[] pickedUp = OrderFactory.bytes(c.orders().push(id).put("deliveryStatus", "PICKED_UP"));
        byte[] delivered = OrderFactory.bytes(c.orders().push(id).put("orderStatus", "COMPLETED").put("deliveryStatus", "DELIVERED"));
        Exchange first = c.pos().send(Operation.PUSH_ORDER_CHANGE, pickedUp);
        Expect.result(first, "S", "SUCCESS", "pushOrderChange deliveryStatus PICKED_UP for a GrabFood delivery order");
        Exchange second = c.pos().send(Operation.PUSH_ORDER_CHANGE, delivered);
        Expect.result(second, "S", "SUCCESS", "pushOrderChange COMPLETED/DELIVERED after PICKED_UP");
        expectStatus(c, id, "COMPLETED", "after pushOrderChange COMPLETED");
        List<String> problems = new ArrayList<>();
        Exchange replayDelivered = c.pos().send(Operation.PUSH_ORDER_CHANGE, delivered);
        if (!Idempotency.sameAnswer(second, replayDelivered)) {
            problems.add("replay of the COMPLETED push answered " + replayDelivered.text() + ", first answer was " + second.text());
        }
        Exchange replayPickedUp = c.pos().send(Operation.PUSH_ORDER_CHANGE, pickedUp);
        if (!Idempotency.sameAnswer(first, replayPickedUp)) {
            problems.add("late replay of the PICKED_UP push answered " + replayPickedUp.text() + ", first answer was " + first.text());
        }
        Exchange inquiry = c.inquire(id);
        if (!"COMPLETED".equals(inquiry.field("orderStatus"))) {
            problems.add("after the replays inquireOrderDetail answers " + inquiry.outcome() + " with orderStatus "
                    + inquiry.field("orderStatus") + " instead of COMPLETED: a replay was applied again");
        }
        Expect.none(problems, "pushOrderChange replays for order " + id);
    }

    @Test
    @DisplayName("§5.5, §8.2 A cancellation pushed by the channel is applied")
    @HowToFix("Apply pushOrderChange orderStatus CANCELLED to the stored order (stop preparing it) and report CANCELLED in inquireOrderDetail.")
    void pushedCancellationIsApplied() {
        Conformance c = conformance();
        ObjectNode order = c.orders().pickup();
        c.created(order);
        String id = order.path("requestOrderId").asText();
        Expect.result(c.push(c.orders().push(id).put("orderStatus", "CANCELLED")), "S", "SUCCESS",
                "pushOrderChange CANCELLED for a live order");
        expectStatus(c, id, "CANCELLED", "after pushOrderChange CANCELLED");
    }

    @Test
    @DisplayName("§5.5, §8.2 A foodpanda order already COMPLETED may still be CANCELLED by the channel")
    @HowToFix("Allow COMPLETED → CANCELLED from pushOrderChange for FOODPANDA orders (documented); it is the one way out of COMPLETED.")
    void foodpandaCompletedOrderMayBeCancelled() {
        Conformance c = conformance();
        ObjectNode order = c.orders().order(c.orders().ids().next("order"), "FOODPANDA", "DELIVERY");
        c.created(order);
        String id = order.path("requestOrderId").asText();
        Expect.result(c.push(c.orders().push(id).put("orderStatus", "COMPLETED")), "S", "SUCCESS",
                "pushOrderChange COMPLETED for a foodpanda order");
        Expect.result(c.push(c.orders().push(id).put("orderStatus", "CANCELLED")), "S", "SUCCESS",
                "pushOrderChange CANCELLED for a COMPLETED foodpanda order");
        expectStatus(c, id, "CANCELLED", "after COMPLETED then CANCELLED");
    }

    @Test
    @DisplayName("§8.2, spec pushOrderChange A change after a final status is answered F/ORDER_STATUS_INVALID and not applied")
    @HowToFix("Check each status change against the order's current status: CANCELLED, REJECTED and ORDER_FAIL are final; "
            + "answer F/ORDER_STATUS_INVALID and keep the stored status.")
    void changeAfterAFinalStatusIsOrderStatusInvalid() {
        Conformance c = conformance();
        ObjectNode order = c.orders().pickup();
        c.created(order);
        String id = order.path("requestOrderId").asText();
        Expect.result(c.push(c.orders().push(id).put("orderStatus", "CANCELLED")), "S", "SUCCESS",
                "pushOrderChange CANCELLED for a live order");
        Expect.result(c.push(c.orders().push(id).put("orderStatus", "COMPLETED")), "F", "ORDER_STATUS_INVALID",
                "pushOrderChange COMPLETED for a CANCELLED DSTORE order");
        expectStatus(c, id, "CANCELLED", "after a refused COMPLETED");
    }

    private List<String> legalStatuses() {
        List<String> statuses = new ArrayList<>();
        for (JsonNode value : conformance().spec().schema("InquiryOrderStatus").path("enum")) {
            statuses.add(value.asText());
        }
        return statuses;
    }

    private static void expectStatus(Conformance c, String requestOrderId, String status, String when) {
        Exchange inquiry = c.inquire(requestOrderId);
        Expect.result(inquiry, "S", "SUCCESS", "inquireOrderDetail " + when);
        Expect.that(status.equals(inquiry.field("orderStatus")), "inquireOrderDetail " + when + " reports orderStatus "
                + inquiry.field("orderStatus") + ", expected " + status);
    }
}
