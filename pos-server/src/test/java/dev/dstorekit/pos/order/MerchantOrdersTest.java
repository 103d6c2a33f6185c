package dev.dstorekit.pos.order;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.fakedstore.Received;
import dev.dstorekit.pos.support.MerchantSideTest;
import dev.dstorekit.pos.support.Calls;
import dev.dstorekit.pos.support.Concurrently;
import dev.dstorekit.pos.support.Merchant;
import dev.dstorekit.pos.support.Orders;
import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.pos.support.Sent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merchant's order API on PostgreSQL with a fake D-Store: the state machine (every legal step, illegal ones
 * refused with the allowed states), refunds, short order number, ready time, delivery status, and the exact
 * notifyOrderChange each change becomes.
 */
class MerchantOrdersTest extends MerchantSideTest {

    @Override
    protected String databaseName() {
        return "merchant_orders";
    }

    // --- the state machine --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "ORDER_SUCCESS, ACCEPTED", "ORDER_SUCCESS, REJECTED", "ORDER_SUCCESS, CANCELLED",
            "ACCEPTED, PREPARING", "ACCEPTED, CANCELLED",
            "PREPARING, READY", "PREPARING, CANCELLED",
            "READY, COMPLETED", "READY, CANCELLED"})
    void everyLegalStepIsTakenRecordedAndNotifiedToDStore(String from, String to) {
        Orders.Placed order = orderIn(from);

        JsonNode detail = merchant.post("/merchant/v1/orders/" + order.posOrderId() + "/status",
                "{\"status\":\"" + to + "\",\"reason\":\"test step\"}").expect(200).json();

        assertEquals(to, detail.path("status").asText());
        JsonNode last = detail.path("history").get(detail.path("history").size() - 1);
        assertEquals("MERCHANT", last.path("source").asText());
        assertEquals("STATUS_CHANGED", last.path("type").asText());
        assertTrue(last.path("detail").asText().startsWith(from + " → " + to), last.toString());
        assertTrue(last.path("detail").asText().contains("test step"), last.toString());
        Received call = Sent.callFor(dstore, detail);
        Calls.assertSignedByPos(call);
        assertEquals("/v2/pos/notifyOrderChange", call.path());
        Calls.assertKeys(call.json(), "requestId", "requestOrderId", "orderStatus");
        assertEquals(to, call.json().path("orderStatus").asText());
        assertEquals(order.requestOrderId(), call.json().path("requestOrderId").asText());
        assertEquals(to, server.dstore().inquire(order.requestOrderId()).assertResult("S", "SUCCESS").field("orderStatus"));
    }

    @ParameterizedTest(name = "{0} → {1} refused, allowed: {2}")
    @CsvSource(delimiter = ';', value = {
            "ORDER_SUCCESS; PREPARING; ACCEPTED REJECTED CANCELLED",
            "ORDER_SUCCESS; COMPLETED; ACCEPTED REJECTED CANCELLED",
            "ACCEPTED; REJECTED; PREPARING CANCELLED",
            "ACCEPTED; ACCEPTED; PREPARING CANCELLED",
            "ACCEPTED; READY; PREPARING CANCELLED",
            "PREPARING; ACCEPTED; READY CANCELLED",
            "READY; PREPARING; COMPLETED CANCELLED",
            "COMPLETED; CANCELLED; ",
            "REJECTED; ACCEPTED; ",
            "CANCELLED; CANCELLED; ",
            "ORDER_FAIL; ACCEPTED; "})
    void anIllegalStepIsRefusedWith409NamingTheAllowedStatesAndSendsNothing(String from, String to, String allowed) {
        Orders.Placed order = orderIn(from);
        long messages = messages(order);

        JsonNode problem = merchant.post("/merchant/v1/orders/" + order.posOrderId() + "/status",
                "{\"status\":\"" + to + "\"}").problem(409);

        assertEquals(from, problem.path("currentStatus").asText());
        List<String> expected = allowed == null ? List.of() : Arrays.asList(allowed.split(" "));
        List<String> actual = new ArrayList<>();
        problem.path("allowedNextStates").forEach(s -> actual.add(s.asText()));
        assertEquals(expected, actual);
        assertEquals(from + " → " + to + " is not allowed", problem.path("detail").asText());
        assertEquals(from, status(order));
        assertEquals(messages, messages(order), "a refused change queues no message");
    }

    @Test
    void concurrentAcceptsOfOneOrderLetExactlyOneWin() throws Exception {
        Orders.Placed order = Orders.manualPickup(server);
        String path = "/merchant/v1/orders/" + order.posOrderId() + "/status";

        List<Merchant.Reply> replies = Concurrently.run(8, i -> merchant.post(path, "{\"status\":\"ACCEPTED\"}"));

        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies.toString());
        assertEquals(7, replies.stream().filter(r -> r.status() == 409).count(), replies.toString());
        assertEquals(1, messages(order));
        assertEquals(1, server.db().count("SELECT count(*) FROM order_events e JOIN orders o ON o.id = e.order_id"
                + " WHERE o.pos_order_id = ? AND e.source = 'MERCHANT'", order.posOrderId()));
    }

    @Test
    void anUnknownTargetStatusIsA400NamingTheField() {
        Orders.Placed order = Orders.manualPickup(server);

        JsonNode problem = merchant.post("/merchant/v1/orders/" + order.posOrderId() + "/status",
                "{\"status\":\"ORDER_SUCCESS\"}").problem(400);

        assertTrue(problem.path("detail").asText().startsWith("status"), problem.toString());
        assertEquals("ORDER_SUCCESS", status(order));
    }

    @Test
    void aStatusChangeWithoutBodyIsA400() {
        Orders.Placed order = Orders.manualPickup(server);

        merchant.post("/merchant/v1/orders/" + order.posOrderId() + "/status", "{}").problem(400);
        merchant.post("/merchant/v1/orders/" + order.posOrderId() + "/status", "not json").problem(400);
    }

    // --- refunds ------------------------------------------------------------------------------------------------

    @Test
    void partialThenFullRefundsAreSentAndNothingMoreCanBeRefunded() {
        Orders.Placed order = Orders.autoPickup(server);   // 1270 SGD

        JsonNode partial = refund(order, 150, "SGD", "Extra egg sold out").expect(200).json();
        JsonNode full = refund(order, 1120, "SGD", null).expect(200).json();
        JsonNode more = refund(order, 1, "SGD", null).problem(409);

        assertEquals(150, partial.path("refundedAmount").path("value").asInt());
        assertEquals(1270, full.path("refundedAmount").path("value").asInt());
        assertTrue(more.path("detail").asText().contains("exceeds"), more.toString());
        assertEquals("ACCEPTED", more.path("currentStatus").asText());
        Received first = Sent.callFor(dstore, partial);
        Calls.assertSignedByPos(first);
        Calls.assertKeys(first.json(), "requestId", "requestOrderId", "refundAmount", "refundReason");
        assertEquals("{\"value\":150,\"currency\":\"SGD\"}", first.json().path("refundAmount").toString());
        assertEquals("Extra egg sold out", first.json().path("refundReason").asText());
        Received second = Sent.callFor(dstore, full);
        Calls.assertKeys(second.json(), "requestId", "requestOrderId", "refundAmount");
        assertEquals(1120, second.json().path("refundAmount").path("value").asInt());
        assertEquals(2, messages(order));
    }

    @Test
    void aRefundAboveThePaidAmountIsRefusedAndSendsNothing() {
        Orders.Placed order = Orders.autoPickup(server);

        JsonNode problem = refund(order, 1271, "SGD", null).problem(409);

        assertTrue(problem.path("detail").asText().contains("1270"), problem.toString());
        assertEquals(0, messages(order));
        assertEquals(0L, ((Number) server.db().rows("SELECT refunded_amount FROM orders WHERE pos_order_id = ?",
                order.posOrderId()).get(0).get("refunded_amount")).longValue());
    }

    @Test
    void refundsInAnotherCurrencyOrOfNothingAreBadInput() {
        Orders.Placed order = Orders.autoPickup(server);

        assertTrue(refund(order, 100, "EUR", null).problem(400).path("detail").asText().startsWith("amount.currency"));
        assertTrue(refund(order, 0, "SGD", null).problem(400).path("detail").asText().startsWith("amount.value"));
        assertEquals("amount.value: must have a minimum value of 0",
                refund(order, -1, "SGD", null).problem(400).path("detail").asText());
        assertEquals(0, messages(order));
    }

    @Test
    void aCancelledOrderIsNotRefundedByTheMerchant() {
        Orders.Placed order = orderIn("CANCELLED");

        assertEquals("CANCELLED", refund(order, 100, "SGD", null).problem(409).path("currentStatus").asText());
    }

    // --- short order number, ready time, delivery status --------------------------------------------------------

    @Test
    void theShortOrderNumberIsStoredSentAndReportedToInquiries() {
        Orders.Placed order = Orders.autoPickup(server);

        JsonNode detail = merchant.put("/merchant/v1/orders/" + order.posOrderId() + "/short-order-number",
                "{\"shortOrderNumber\":\"A23\"}").expect(200).json();

        assertEquals("A23", detail.path("shortOrderNumber").asText());
        Received call = Sent.callFor(dstore, detail);
        Calls.assertSignedByPos(call);
        Calls.assertKeys(call.json(), "requestId", "requestOrderId", "shortOrderNumber");
        assertEquals("A23", call.json().path("shortOrderNumber").asText());
        assertEquals("A23", server.dstore().inquire(order.requestOrderId()).assertResult("S", "SUCCESS").json()
                .path("extendInfo").path("shortOrderNumber").asText());
        merchant.put("/merchant/v1/orders/" + order.posOrderId() + "/short-order-number",
                "{\"shortOrderNumber\":\"\"}").problem(400);
    }

    @Test
    void theReadyTimeIsStoredAndSentAsTheSameInstant() {
        Orders.Placed order = Orders.autoPickup(server);

        JsonNode detail = merchant.put("/merchant/v1/orders/" + order.posOrderId() + "/ready-time",
                "{\"readyTime\":\"2026-11-25T12:15:00+08:00\"}").expect(200).json();

        Instant expected = Instant.parse("2026-11-25T04:15:00Z");
        assertEquals(expected, Instant.parse(detail.path("readyTime").asText().replace("+00:00", "Z")));
        Received call = Sent.callFor(dstore, detail);
        Calls.assertKeys(call.json(), "requestId", "requestOrderId", "readyTime");
        assertEquals(expected, java.time.OffsetDateTime.parse(call.json().path("readyTime").asText()).toInstant());
    }

    @Test
    void shortOrderNumberAndReadyTimeAreRefusedOnAFinishedOrder() {
        Orders.Placed order = orderIn("COMPLETED");

        assertEquals("COMPLETED", merchant.put("/merchant/v1/orders/" + order.posOrderId() + "/short-order-number",
                "{\"shortOrderNumber\":\"A1\"}").problem(409).path("currentStatus").asText());
        merchant.put("/merchant/v1/orders/" + order.posOrderId() + "/ready-time",
                "{\"readyTime\":\"2026-11-25T12:15:00+08:00\"}").problem(409);
    }

    @Test
    void theMerchantReportsDeliveryOfOrdersItDeliversItself() {
        Orders.Placed order = Orders.merchantDelivery(server);

        JsonNode detail = merchant.put("/merchant/v1/orders/" + order.posOrderId() + "/delivery-status",
                "{\"deliveryStatus\":\"PICKED_UP\"}").expect(200).json();

        assertEquals("PICKED_UP", detail.path("deliveryStatus").asText());
        assertEquals("MERCHANT", detail.path("deliveryProvider").asText());
        Received call = Sent.callFor(dstore, detail);
        Calls.assertSignedByPos(call);
        Calls.assertKeys(call.json(), "requestId", "requestOrderId", "deliveryStatus");
        assertEquals("PICKED_UP", call.json().path("deliveryStatus").asText());
    }

    @Test
    void deliveryStatusIsRefusedForChannelDeliveriesAndPickups() {
        for (Orders.Placed order : List.of(Orders.channelDelivery(server), Orders.autoPickup(server))) {
            JsonNode problem = merchant.put("/merchant/v1/orders/" + order.posOrderId() + "/delivery-status",
                    "{\"deliveryStatus\":\"PICKED_UP\"}").problem(409);
            assertTrue(problem.path("detail").asText().contains("delivers itself"), problem.toString());
            assertEquals(0, messages(order));
        }
        Orders.Placed order = Orders.merchantDelivery(server);
        merchant.put("/merchant/v1/orders/" + order.posOrderId() + "/delivery-status",
                "{\"deliveryStatus\":\"TELEPORTED\"}").problem(400);
    }

    // --- reading ------------------------------------------------------------------------------------------------

    @Test
    void theOrderDetailShowsLinesCustomerHistoryAndFlags() {
        Orders.Placed order = Orders.autoPickup(server);

        JsonNode detail = merchant.get("/merchant/v1/orders/" + order.posOrderId()).expect(200).json();

        assertEquals(order.requestOrderId(), detail.path("requestOrderId").asText());
        assertEquals("ACCEPTED", detail.path("status").asText());
        assertTrue(detail.path("autoAccept").asBoolean());
        assertEquals(1270, detail.path("orderAmount").path("value").asInt());
        assertEquals("Tan Wei Ming", detail.path("customerName").asText());
        assertEquals(2, detail.path("lines").size());
        assertEquals("MOD-EGG", detail.path("lines").get(0).path("modifiers").get(0).path("posProductId").asText());
        assertEquals("DSTORE", detail.path("history").get(0).path("source").asText());
        assertTrue(detail.path("flags").toString().contains("UNKNOWN_PRODUCT"), detail.path("flags").toString());
        assertEquals(0, detail.path("outbound").size());
    }

    @Test
    void ordersAreListedNewestFirstAndFiltered() {
        Orders.Placed older = Orders.manualPickup(server);
        Orders.Placed newer = Orders.autoPickup(server);

        JsonNode newest = merchant.get("/merchant/v1/orders?limit=2").expect(200).json().path("orders");
        JsonNode manual = merchant.get("/merchant/v1/orders?posStoreId=" + PosServer.MANUAL_STORE + "&status=ORDER_SUCCESS")
                .expect(200).json().path("orders");
        JsonNode future = merchant.get("/merchant/v1/orders?from=2999-01-01T00:00:00Z").expect(200).json().path("orders");
        JsonNode past = merchant.get("/merchant/v1/orders?to=2000-01-01T00:00:00%2B08:00").expect(200).json().path("orders");

        assertEquals(List.of(newer.posOrderId(), older.posOrderId()), List.of(newest.get(0).path("posOrderId").asText(),
                newest.get(1).path("posOrderId").asText()));
        assertFalse(manual.isEmpty());
        manual.forEach(o -> {
            assertEquals(PosServer.MANUAL_STORE, o.path("posStoreId").asText());
            assertEquals("ORDER_SUCCESS", o.path("status").asText());
        });
        assertTrue(manual.toString().contains(older.posOrderId()));
        assertEquals(0, future.size());
        assertEquals(0, past.size());
    }

    @Test
    void badListParametersAreA400NamingTheParameter() {
        assertEquals("limit: must be between 1 and 200",
                merchant.get("/merchant/v1/orders?limit=0").problem(400).path("detail").asText());
        assertTrue(merchant.get("/merchant/v1/orders?status=SHIPPED").problem(400).path("detail").asText()
                .startsWith("status"));
    }

    // --- authentication and accounts ----------------------------------------------------------------------------

    @Test
    void noOrAnUnknownTokenIsA401() {
        for (String token : new String[]{null, "not-a-token", ""}) {
            Merchant.Reply reply = server.merchant(token).get("/merchant/v1/orders");
            reply.problem(401);
            assertEquals("Bearer", reply.headers().firstValue("WWW-Authenticate").orElse(null));
        }
        server.merchant(null).send("GET", "/merchant/v1/orders", null, "Basic dGVzdC10b2tlbi0xOg==").problem(401);
        server.merchant(null).send("GET", "/merchant/v1/orders", null, "Bearer").problem(401);
        server.merchant(null).send("GET", "/merchant/v1/orders", null, "bearer " + Merchant.TOKEN).expect(200);
    }

    @Test
    void anotherAccountsOrderIsNotFoundWithoutDetailAndStaysUnchanged() {
        Orders.Placed theirs = Orders.otherAccount(server);
        String base = "/merchant/v1/orders/" + theirs.posOrderId();

        List<JsonNode> problems = List.of(merchant.get(base).problem(404),
                merchant.post(base + "/status", "{\"status\":\"CANCELLED\"}").problem(404),
                merchant.post(base + "/refunds", "{\"amount\":{\"value\":1,\"currency\":\"SGD\"}}").problem(404),
                merchant.put(base + "/short-order-number", "{\"shortOrderNumber\":\"X\"}").problem(404));

        for (JsonNode problem : problems) {
            Calls.assertKeys(problem, "type", "title", "status");
        }
        assertEquals("ORDER_SUCCESS", status(theirs));
        assertEquals(0, messages(theirs));
        assertFalse(merchant.get("/merchant/v1/orders?limit=200").expect(200).body().contains(theirs.posOrderId()));
        assertTrue(server.merchant(Merchant.OTHER_TOKEN).get("/merchant/v1/orders?limit=200").expect(200).body()
                .contains(theirs.posOrderId()));
        assertEquals(0, merchant.get("/merchant/v1/orders?posStoreId=" + PosServer.OTHER_STORE).expect(200).json()
                .path("orders").size());
        merchant.get("/merchant/v1/orders/POS-NO-SUCH-ORDER").problem(404);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** A new order of the first account, brought to {@code status} the way it gets there. */
    private Orders.Placed orderIn(String status) {
        Orders.Placed order = Orders.manualPickup(server);
        List<String> path = switch (status) {
            case "ORDER_SUCCESS" -> List.of();
            case "ACCEPTED" -> List.of("ACCEPTED");
            case "PREPARING" -> List.of("ACCEPTED", "PREPARING");
            case "READY" -> List.of("ACCEPTED", "PREPARING", "READY");
            case "COMPLETED" -> List.of("ACCEPTED", "PREPARING", "READY", "COMPLETED");
            case "REJECTED" -> List.of("REJECTED");
            case "CANCELLED" -> List.of("CANCELLED");
            case "ORDER_FAIL" -> {
                server.dstore().push("{\"requestId\":\"" + UUID.randomUUID() + "\",\"requestOrderId\":\""
                        + order.requestOrderId() + "\",\"orderStatus\":\"ORDER_FAIL\"}").assertResult("S", "SUCCESS");
                yield List.of();
            }
            default -> throw new IllegalArgumentException(status);
        };
        path.forEach(step -> merchant.status(order.posOrderId(), step));
        assertEquals(status, status(order));
        return order;
    }

    private Merchant.Reply refund(Orders.Placed order, long value, String currency, String reason) {
        return merchant.post("/merchant/v1/orders/" + order.posOrderId() + "/refunds",
                "{\"amount\":{\"value\":" + value + ",\"currency\":\"" + currency + "\"}"
                        + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    private String status(Orders.Placed order) {
        return (String) server.db().rows("SELECT status FROM orders WHERE pos_order_id = ?", order.posOrderId())
                .get(0).get("status");
    }

    private long messages(Orders.Placed order) {
        return server.db().count("SELECT count(*) FROM outbox_messages m JOIN orders o ON o.id = m.order_id"
                + " WHERE o.pos_order_id = ?", order.posOrderId());
    }
}
