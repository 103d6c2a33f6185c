package dev.dstorekit.pos.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.pos.support.Answer;
import dev.dstorekit.pos.support.DStore;
import dev.dstorekit.pos.support.OrderJson;
import dev.dstorekit.pos.support.PosServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paid orders at the edges of what the spec allows are stored, found and replayed: strings at their maxLength in
 * ASCII, non-BMP characters and control characters (U+0000 included), integers at their limits, long arrays. Run on
 * PostgreSQL ({@link EdgeInputsOnPostgresTest}) and on the embedded default ({@link EdgeInputsOnEmbeddedTest}).
 */
abstract class EdgeInputsContract {

    static final ObjectMapper JSON = new ObjectMapper();
    /** U+1F35C steaming bowl: one code point, two UTF-16 units, four UTF-8 bytes. */
    static final String BOWL = new String(Character.toChars(0x1F35C));
    static final String CONTROLS = "\u0000\t\n\r\u0001\u001f\u007f\u2028\u2029\ufeff";

    abstract PosServer server();

    DStore dstore() {
        return server().dstore();
    }

    /** {@code n} code points of {@code unit}, cycled. */
    static String repeat(String unit, int codePoints) {
        int[] cps = unit.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            out.appendCodePoint(cps[i % cps.length]);
        }
        return out.toString();
    }

    static String unique(String unit, int codePoints) {
        String suffix = OrderJson.newRequestOrderId();
        return repeat(unit, codePoints - suffix.length()) + suffix;
    }

    /** The usual pickup, with {@code requestOrderId} and {@code channelOrderId} set to any text. */
    ObjectNode pickup(String requestOrderId) {
        ObjectNode order = (ObjectNode) OrderJson.pickup("placeholder").asNode();
        order.put("requestOrderId", requestOrderId);
        order.put("channelOrderId", requestOrderId);
        return order;
    }

    static ObjectNode amount(long value) {
        ObjectNode amount = JSON.createObjectNode();
        amount.put("value", value);
        amount.put("currency", "SGD");
        return amount;
    }

    /** createOrder answered S, inquireOrderDetail finds it, the replay is byte-identical. */
    Answer storedFoundAndReplayed(ObjectNode order) {
        String body;
        try {
            body = JSON.writeValueAsString(order);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String requestOrderId = order.path("requestOrderId").asText();
        Answer first = dstore().createOrder(body).assertResult("S", "SUCCESS");
        Answer inquiry = dstore().inquire(requestOrderId).assertResult("S", "SUCCESS");
        assertEquals(first.field("posOrderId"), inquiry.field("posOrderId"));
        Answer replay = dstore().createOrder(body).assertResult("S", "SUCCESS");
        assertArrayEquals(first.body(), replay.body());
        assertEquals(1, server().db().count("SELECT count(*) FROM orders WHERE pos_order_id = ?",
                first.field("posOrderId")));
        return first;
    }

    @Test
    void fiveUnknownProductsWithMaxLengthIdsAreStoredAndFlagged() {
        ObjectNode order = pickup(OrderJson.newRequestOrderId());
        ArrayNode lines = order.putArray("orderProducts");
        for (int i = 0; i < 5; i++) {
            ObjectNode line = lines.addObject();
            line.put("posProductId", unique(String.valueOf((char) ('A' + i)), 255));
            line.put("quantity", 1);
            line.set("unitPrice", amount(100));
            line.set("totalAmount", amount(100));
        }
        order.remove("amountDetail");
        order.set("orderAmount", amount(500));

        Answer answer = storedFoundAndReplayed(order);

        List<Map<String, Object>> flags = server().db().rows("SELECT f.flag, f.detail FROM order_flags f JOIN orders o"
                + " ON o.id = f.order_id WHERE o.pos_order_id = ?", answer.field("posOrderId"));
        assertEquals("UNKNOWN_PRODUCT", flags.get(0).get("flag"));
    }

    @Test
    void nonBmpStringsAtTheirMaxLengthAreStored() {
        ObjectNode order = pickup(unique(BOWL, 255));
        order.put("channelOrderId", repeat(BOWL, 255));
        order.put("orderRemark", repeat(BOWL, 512));
        order.put("tableNo", repeat(BOWL, 32));
        ObjectNode customer = order.putObject("customer");
        customer.put("name", repeat(BOWL, 255));
        customer.put("phoneNo", repeat(BOWL, 32));
        customer.put("email", repeat(BOWL, 255));
        ObjectNode line = (ObjectNode) order.path("orderProducts").get(0);
        line.put("posProductId", repeat(BOWL, 255));
        line.put("name", repeat(BOWL, 255));
        line.put("remark", repeat(BOWL, 255));
        ObjectNode modifier = (ObjectNode) line.path("modifiers").get(0);
        modifier.put("posProductId", repeat(BOWL + "x", 255));
        modifier.put("name", repeat(BOWL, 255));
        modifier.put("groupId", repeat(BOWL, 255));

        Answer answer = storedFoundAndReplayed(order);

        JsonNode detail = server().merchant().get("/merchant/v1/orders/" + answer.field("posOrderId")).expect(200).json();
        assertEquals(order.path("requestOrderId").asText(), detail.path("requestOrderId").asText());
        assertEquals(repeat(BOWL, 255), detail.path("lines").get(0).path("posProductId").asText());
        JsonNode listed = server().merchant().get("/merchant/v1/orders?limit=200").expect(200).json();
        assertTrue(listed.path("orders").findValuesAsText("posOrderId").contains(answer.field("posOrderId")));
    }

    @Test
    void controlCharactersIncludingNulAreStoredAndTheExactRequestIsKept() {
        String requestOrderId = "RO-\u0000-" + CONTROLS + OrderJson.newRequestOrderId();
        ObjectNode order = pickup(requestOrderId);
        order.put("channelOrderId", "CH" + CONTROLS);
        order.put("orderRemark", CONTROLS + "remark");
        ObjectNode line = (ObjectNode) order.path("orderProducts").get(0);
        line.put("posProductId", "CR-ROAST" + CONTROLS);
        line.put("name", "Roasted" + CONTROLS);
        line.put("remark", "\u0000");

        Answer answer = storedFoundAndReplayed(order);

        String stored = (String) server().db().rows("SELECT request_body FROM orders WHERE pos_order_id = ?",
                answer.field("posOrderId")).get(0).get("request_body");
        assertEquals(requestOrderId, readTree(stored).path("requestOrderId").asText());
    }

    @Test
    void integersAtTheirLimitsAreStoredEvenWhenQuantityTimesPriceOverflows() {
        ObjectNode order = pickup(OrderJson.newRequestOrderId());
        ObjectNode line = (ObjectNode) order.path("orderProducts").get(0);
        line.put("quantity", Integer.MAX_VALUE);
        line.set("unitPrice", amount(Integer.MAX_VALUE));
        line.set("totalAmount", amount(Integer.MAX_VALUE));
        ObjectNode modifier = (ObjectNode) line.path("modifiers").get(0);
        modifier.put("quantity", Integer.MAX_VALUE);
        modifier.set("unitPrice", amount(Integer.MAX_VALUE));
        ArrayNode nested = modifier.putArray("modifiers");
        ObjectNode child = nested.addObject();
        child.put("posProductId", "MOD-EGG");
        child.put("quantity", Integer.MAX_VALUE);
        child.set("unitPrice", amount(Integer.MAX_VALUE));
        order.set("orderAmount", amount(Integer.MAX_VALUE));
        order.set("amountDetail", JSON.createObjectNode().set("discountAmount", amount(0)));

        Answer answer = storedFoundAndReplayed(order);

        List<Map<String, Object>> flags = server().db().rows("SELECT f.flag FROM order_flags f JOIN orders o"
                + " ON o.id = f.order_id WHERE o.pos_order_id = ?", answer.field("posOrderId"));
        assertTrue(flags.stream().anyMatch(f -> "AMOUNT_MISMATCH".equals(f.get("flag"))), flags.toString());
    }

    @Test
    void zeroAmountsAndMinimumQuantitiesAreStored() {
        ObjectNode order = pickup(OrderJson.newRequestOrderId());
        ArrayNode lines = order.putArray("orderProducts");
        ObjectNode line = lines.addObject();
        line.put("posProductId", "CR-ROAST");
        line.put("quantity", 1);
        line.set("unitPrice", amount(0));
        line.set("totalAmount", amount(0));
        order.remove("amountDetail");
        order.remove("customer");
        order.remove("orderTime");
        order.set("orderAmount", amount(0));

        storedFoundAndReplayed(order);
    }

    @Test
    void manyLinesWithManyModifiersAreStored() {
        ObjectNode order = pickup(OrderJson.newRequestOrderId());
        ArrayNode lines = order.putArray("orderProducts");
        long total = 0;
        for (int i = 0; i < 200; i++) {
            ObjectNode line = lines.addObject();
            line.put("posProductId", "P-" + i + repeat(BOWL, 200));
            line.put("name", repeat("n", 255));
            line.put("quantity", 1);
            line.set("unitPrice", amount(10));
            ArrayNode modifiers = line.putArray("modifiers");
            for (int m = 0; m < 5; m++) {
                ObjectNode modifier = modifiers.addObject();
                modifier.put("posProductId", "M-" + i + "-" + m);
                modifier.put("quantity", 1);
                modifier.set("unitPrice", amount(1));
            }
            line.set("totalAmount", amount(15));
            total += 15;
        }
        order.remove("amountDetail");
        order.set("orderAmount", amount(total));

        Answer answer = storedFoundAndReplayed(order);

        assertEquals(200, server().db().count("SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id"
                + " WHERE o.pos_order_id = ?", answer.field("posOrderId")));
    }

    @Test
    void theNotificationOfAnEdgeOrderCarriesItsExactRequestOrderId() {
        String requestOrderId = "RO-\u0000" + BOWL + "\u001f" + OrderJson.newRequestOrderId();
        ObjectNode order = pickup(requestOrderId);
        order.put("posStoreId", PosServer.MANUAL_STORE);
        Answer answer = storedFoundAndReplayed(order);

        server().merchant().status(answer.field("posOrderId"), "ACCEPTED");

        String payload = (String) server().db().rows("SELECT m.payload FROM outbox_messages m JOIN orders o"
                + " ON o.id = m.order_id WHERE o.pos_order_id = ?", answer.field("posOrderId")).get(0).get("payload");
        assertEquals(requestOrderId, readTree(payload).path("requestOrderId").asText());
        JsonNode listed = server().merchant().get("/merchant/v1/orders/" + answer.field("posOrderId")).expect(200).json();
        assertEquals(requestOrderId, listed.path("requestOrderId").asText());
    }

    @Test
    void aGrabFoodModificationAtTheEdgesIsAppliedOnceAndReplayed() {
        String requestOrderId = "RO-\u0000" + BOWL + OrderJson.newRequestOrderId();
        ObjectNode order = (ObjectNode) OrderJson.grabDelivery("placeholder").asNode();
        order.put("requestOrderId", requestOrderId);
        order.put("posAccountId", PosServer.ACCOUNT);
        order.put("posStoreId", PosServer.MANUAL_STORE);
        ((ObjectNode) order.path("orderProducts").get(0)).put("posProductId", repeat(BOWL, 255));
        Answer created = storedFoundAndReplayed(order);
        ObjectNode push = JSON.createObjectNode();
        push.put("requestId", unique("\u0000" + BOWL, 255));
        push.put("requestOrderId", requestOrderId);
        ObjectNode line = push.putArray("updatedOrderProducts").addObject();
        line.put("posProductId", repeat(BOWL, 255));
        line.put("name", repeat("\u0000" + BOWL, 255));
        line.put("quantity", 1);
        line.set("totalAmount", amount(750));
        ObjectNode refund = push.putObject("refundInfo");
        refund.set("refundAmount", amount(1249));
        refund.put("refundReason", repeat(BOWL + "\u0000", 255));
        String body = push.toString();

        Answer first = dstore().push(body).assertResult("S", "SUCCESS");
        Answer replay = dstore().push(body).assertResult("S", "SUCCESS");

        assertArrayEquals(first.body(), replay.body());
        JsonNode detail = server().merchant().get("/merchant/v1/orders/" + created.field("posOrderId")).expect(200).json();
        assertEquals(1, detail.path("lines").size());
        assertEquals(repeat(BOWL, 255), detail.path("lines").get(0).path("posProductId").asText());
        assertEquals(repeat("\u0000" + BOWL, 255), detail.path("lines").get(0).path("name").asText());
        assertEquals(1249, detail.path("refundedAmount").path("value").asLong());
    }

    static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
