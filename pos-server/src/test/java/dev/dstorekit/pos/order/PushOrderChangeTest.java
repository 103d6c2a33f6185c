package dev.dstorekit.pos.order;

import dev.dstorekit.pos.support.Answer;
import dev.dstorekit.pos.support.Concurrently;
import dev.dstorekit.pos.support.DStore;
import dev.dstorekit.pos.support.Metrics;
import dev.dstorekit.pos.support.OrderJson;
import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.pos.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** pushOrderChange against PostgreSQL: channel status rules, delivery status, GrabFood modifications, idempotency. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushOrderChangeTest {

    Postgres.Database database;
    PosServer server;
    DStore dstore;

    @BeforeAll
    void start() {
        database = Postgres.createDatabase("push");
        server = PosServer.onPostgres(database);
        dstore = server.dstore();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        Postgres.drop(database);
    }

    @Test
    void channelCompletionIsAppliedRecordedAndAReplayGetsTheSameAnswer() {
        String order = order("DSTORE");
        String body = push(UUID.randomUUID().toString(), order, "\"orderStatus\":\"COMPLETED\"");
        double replayedBefore = Metrics.count(server, "pos.order.changes", "outcome", "replayed");

        Answer first = dstore.push(body).assertResult("S", "SUCCESS");
        Answer replay = dstore.push(body).assertResult("S", "SUCCESS");

        assertArrayEquals(first.body(), replay.body());
        assertEquals("COMPLETED", status(order));
        List<Map<String, Object>> events = events(order);
        assertEquals(List.of("ORDER_CREATED", "STATUS_CHANGED"), events.stream().map(e -> e.get("event_type")).toList());
        Map<String, Object> change = events.get(1);
        assertEquals("CHANNEL", change.get("source"));
        assertEquals("ACCEPTED", change.get("from_status"));
        assertEquals("COMPLETED", change.get("to_status"));
        assertEquals(body, change.get("payload"));
        assertTrue(change.get("occurred_at") != null);
        assertEquals(replayedBefore + 1, Metrics.count(server, "pos.order.changes", "outcome", "replayed"));
        assertEquals("COMPLETED", dstore.inquire(order).assertResult("S", "SUCCESS").field("orderStatus"));
    }

    @Test
    void sameRequestIdWithAnotherBodyGetsTheStoredAnswerAndChangesNothing() {
        String order = order("DSTORE");
        String requestId = UUID.randomUUID().toString();
        Answer first = dstore.push(push(requestId, order, "\"orderStatus\":\"COMPLETED\"")).assertResult("S", "SUCCESS");
        double before = Metrics.count(server, "pos.order.changes", "outcome", "replayed_different_body");

        Answer other = dstore.push(push(requestId, order, "\"orderStatus\":\"CANCELLED\"")).assertResult("S", "SUCCESS");

        assertArrayEquals(first.body(), other.body());
        assertEquals("COMPLETED", status(order));
        assertEquals(before + 1, Metrics.count(server, "pos.order.changes", "outcome", "replayed_different_body"));
    }

    @Test
    void concurrentDuplicatesOfOneChangeApplyItOnce() throws Exception {
        String order = order("GRABFOOD");
        String body = push(UUID.randomUUID().toString(), order, "\"orderStatus\":\"CANCELLED\"");

        for (Answer answer : Concurrently.run(10, i -> dstore.push(body))) {
            answer.assertResult("S", "SUCCESS");
        }

        assertEquals(1, events(order).stream().filter(e -> "STATUS_CHANGED".equals(e.get("event_type"))).count());
        assertEquals(1, server.db().count("SELECT count(*) FROM order_change_requests WHERE request_order_id = ?", order));
    }

    @Test
    void foodpandaMayCancelACompletedOrder() {
        String order = order("FOODPANDA");
        dstore.push(push(UUID.randomUUID().toString(), order, "\"orderStatus\":\"COMPLETED\"")).assertResult("S", "SUCCESS");

        dstore.push(push(UUID.randomUUID().toString(), order, "\"orderStatus\":\"CANCELLED\"")).assertResult("S", "SUCCESS");

        assertEquals("CANCELLED", status(order));
        Map<String, Object> last = events(order).get(2);
        assertEquals("COMPLETED", last.get("from_status"));
        assertEquals("CANCELLED", last.get("to_status"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DSTORE", "GRABFOOD"})
    void otherChannelsCannotCancelACompletedOrderAndTheRefusalIsReplayedToo(String channel) {
        String order = order(channel);
        dstore.push(push(UUID.randomUUID().toString(), order, "\"orderStatus\":\"COMPLETED\"")).assertResult("S", "SUCCESS");
        String cancel = push(UUID.randomUUID().toString(), order, "\"orderStatus\":\"CANCELLED\"");

        Answer refused = dstore.push(cancel).assertResult("F", "ORDER_STATUS_INVALID");
        Answer replay = dstore.push(cancel).assertResult("F", "ORDER_STATUS_INVALID");

        assertTrue(refused.resultMessage().contains("COMPLETED to CANCELLED"), refused.resultMessage());
        assertArrayEquals(refused.body(), replay.body());
        assertEquals("COMPLETED", status(order));
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMPLETED", "ORDER_FAIL"})
    void aCancelledOrderStaysCancelled(String next) {
        String order = order("FOODPANDA");
        dstore.push(push(UUID.randomUUID().toString(), order, "\"orderStatus\":\"CANCELLED\"")).assertResult("S", "SUCCESS");

        dstore.push(push(UUID.randomUUID().toString(), order, "\"orderStatus\":\"" + next + "\"")).assertResult("F", "ORDER_STATUS_INVALID");

        assertEquals("CANCELLED", status(order));
    }

    @Test
    void failedDeliveryMakesTheOrderFailAndRecordsTheDeliveryStatus() {
        String order = order("GRABFOOD");

        dstore.push(push(UUID.randomUUID().toString(), order, "\"orderStatus\":\"ORDER_FAIL\",\"deliveryStatus\":\"FAILED\""))
                .assertResult("S", "SUCCESS");

        assertEquals("ORDER_FAIL", dstore.inquire(order).assertResult("S", "SUCCESS").field("orderStatus"));
        assertEquals("FAILED", server.db().rows("SELECT delivery_status FROM orders WHERE request_order_id = ?", order)
                .get(0).get("delivery_status"));
        assertEquals(List.of("ORDER_CREATED", "STATUS_CHANGED", "DELIVERY_STATUS_CHANGED"),
                events(order).stream().map(e -> e.get("event_type")).toList());
    }

    @Test
    void deliveryStatusAloneIsRecorded() {
        String order = order("GRABFOOD");

        dstore.push(push(UUID.randomUUID().toString(), order, "\"deliveryStatus\":\"PICKED_UP\"")).assertResult("S", "SUCCESS");

        Map<String, Object> row = server.db().rows("SELECT status, delivery_status FROM orders WHERE request_order_id = ?",
                order).get(0);
        assertEquals("PICKED_UP", row.get("delivery_status"));
        assertEquals("ORDER_SUCCESS", row.get("status"));
    }

    @Test
    void grabFoodModificationReplacesTheLinesAndRecordsTheRefund() {
        String order = order("GRABFOOD");
        String body = push(UUID.randomUUID().toString(), order, """
                "updatedOrderProducts":[
                  {"posProductId":"LK-LAKSA","quantity":2,"unitPrice":{"value":650,"currency":"SGD"},
                   "totalAmount":{"value":1500,"currency":"SGD"},
                   "modifiers":[{"posProductId":"MOD-COCKLES","quantity":1,"unitPrice":{"value":100,"currency":"SGD"}}]},
                  {"posProductId":"DR-TEHPENG","quantity":1,"unitPrice":{"value":200,"currency":"SGD"},
                   "totalAmount":{"value":200,"currency":"SGD"}}],
                "refundInfo":{"refundAmount":{"value":200,"currency":"SGD"},"refundReason":"Teh Peng out of stock",
                              "refundTime":"2024-03-15T18:48:30+08:00"}""");

        dstore.push(body).assertResult("S", "SUCCESS");

        Map<String, Object> row = server.db().rows("SELECT id, lines_revision, refunded_amount FROM orders"
                + " WHERE request_order_id = ?", order).get(0);
        assertEquals(1, ((Number) row.get("lines_revision")).intValue());
        assertEquals(200L, ((Number) row.get("refunded_amount")).longValue());
        List<Map<String, Object>> current = server.db().rows("SELECT pos_product_id, quantity, total_amount FROM order_lines"
                + " WHERE order_id = ? AND revision = 1 ORDER BY line_no", row.get("id"));
        assertEquals(1, ((Number) current.get(1).get("quantity")).intValue());
        assertEquals(200L, ((Number) current.get(1).get("total_amount")).longValue());
        assertEquals(2, server.db().count("SELECT count(*) FROM order_lines WHERE order_id = ? AND revision = 0",
                row.get("id")), "the original lines stay on record");
        assertEquals(List.of("ORDER_CREATED", "PRODUCTS_MODIFIED", "REFUNDED"),
                events(order).stream().map(e -> e.get("event_type")).toList());
    }

    @Test
    void grabFoodModificationMayNotAddLines() {
        String order = order("GRABFOOD");

        Answer answer = dstore.push(push(UUID.randomUUID().toString(), order, """
                "updatedOrderProducts":[
                  {"posProductId":"LK-LAKSA","quantity":1,"totalAmount":{"value":750,"currency":"SGD"}},
                  {"posProductId":"LK-LAKSA-2","quantity":1,"totalAmount":{"value":750,"currency":"SGD"}},
                  {"posProductId":"DR-TEHPENG","quantity":1,"totalAmount":{"value":200,"currency":"SGD"}}]""")).
                assertResult("F", "PARAM_ILLEGAL");

        assertTrue(answer.resultMessage().startsWith("updatedOrderProducts: 3 lines, the order has 2"), answer.resultMessage());
        assertEquals(0, ((Number) server.db().rows("SELECT lines_revision FROM orders WHERE request_order_id = ?", order)
                .get(0).get("lines_revision")).intValue());
    }

    @Test
    void grabFoodModificationMayNotRaiseTheTotal() {
        String order = order("GRABFOOD");

        Answer answer = dstore.push(push(UUID.randomUUID().toString(), order, """
                "updatedOrderProducts":[{"posProductId":"LK-LAKSA","quantity":3,"totalAmount":{"value":2250,"currency":"SGD"}}]"""))
                .assertResult("F", "PARAM_ILLEGAL");

        assertTrue(answer.resultMessage().contains("total 2250 SGD exceeds the order's 1900 SGD"), answer.resultMessage());
    }

    @Test
    void onlyGrabFoodOrdersCanBeModified() {
        String order = order("FOODPANDA");

        Answer answer = dstore.push(push(UUID.randomUUID().toString(), order, """
                "updatedOrderProducts":[{"posProductId":"LK-LAKSA","quantity":1,"totalAmount":{"value":750,"currency":"SGD"}}]"""))
                .assertResult("F", "PARAM_ILLEGAL");

        assertTrue(answer.resultMessage().startsWith("updatedOrderProducts: only GrabFood orders"), answer.resultMessage());
    }

    @Test
    void changeForAnUnknownOrderIsOrderNotExistAndLeavesNothingBehind() {
        String requestId = UUID.randomUUID().toString();

        dstore.push(push(requestId, OrderJson.newRequestOrderId(), "\"orderStatus\":\"CANCELLED\""))
                .assertResult("F", "ORDER_NOT_EXIST");

        assertEquals(0, server.db().count("SELECT count(*) FROM order_change_requests WHERE request_id = ?", requestId));
    }

    @Test
    void changeWithoutAnythingToChangeIsParamIllegal() {
        dstore.push(push(UUID.randomUUID().toString(), order("DSTORE"), "\"extendInfo\":{\"note\":\"hello\"}"))
                .assertResult("F", "PARAM_ILLEGAL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"requestId", "requestOrderId"})
    void missingRequiredFieldIsParamIllegalNamingIt(String field) {
        String body = OrderJson.parse(push(UUID.randomUUID().toString(), order("DSTORE"), "\"orderStatus\":\"COMPLETED\""))
                .remove(field).json();

        Answer answer = dstore.push(body).assertResult("F", "PARAM_ILLEGAL");

        assertTrue(answer.resultMessage().startsWith(field + ": "), answer.resultMessage());
    }

    @Test
    void unknownPushStatusIsParamIllegal() {
        dstore.push(push(UUID.randomUUID().toString(), order("DSTORE"), "\"orderStatus\":\"PREPARING\""))
                .assertResult("F", "PARAM_ILLEGAL");
    }

    /** Creates an order of the channel (GrabFood: the delivery sample, else the pickup sample) and returns its id. */
    private String order(String channel) {
        String id = OrderJson.newRequestOrderId();
        OrderJson json = channel.equals("GRABFOOD") ? OrderJson.grabDelivery(id)
                : OrderJson.pickup(id).set("orderChannel", "\"" + channel + "\"");
        dstore.createOrder(json.json()).assertResult("S", "SUCCESS");
        return id;
    }

    private static String push(String requestId, String requestOrderId, String fields) {
        return "{\"requestId\":\"" + requestId + "\",\"requestOrderId\":\"" + requestOrderId + "\"," + fields + "}";
    }

    private String status(String requestOrderId) {
        return (String) server.db().rows("SELECT status FROM orders WHERE request_order_id = ?", requestOrderId)
                .get(0).get("status");
    }

    private List<Map<String, Object>> events(String requestOrderId) {
        return server.db().rows("SELECT e.* FROM order_events e JOIN orders o ON o.id = e.order_id"
                + " WHERE o.request_order_id = ? ORDER BY e.id", requestOrderId);
    }
}
