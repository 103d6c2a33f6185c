package dev.dstorekit.pos.order;

import dev.dstorekit.pos.catalog.persistence.ProductEntity;
import dev.dstorekit.pos.catalog.persistence.ProductKey;
import dev.dstorekit.pos.catalog.persistence.ProductRepository;
import dev.dstorekit.pos.support.Answer;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** createOrder and inquireOrderDetail against a real PostgreSQL: what is stored, what is answered, what is refused. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreateOrderTest {

    Postgres.Database database;
    PosServer server;
    DStore dstore;

    @BeforeAll
    void start() {
        database = Postgres.createDatabase("create");
        // the outbox's re-sync feeder would clear the catalog mark these tests look at (its own tests are in catalog/)
        server = PosServer.onPostgres(database, java.util.Map.of("pos.outbox.enabled", "false"));
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
    void validSignedCreateIsStoredBeforeItIsAnsweredWithPosOrderIdAndAutoAccept() {
        String id = OrderJson.newRequestOrderId();

        Answer answer = dstore.createOrder(OrderJson.pickup(id).json()).assertResult("S", "SUCCESS");

        String posOrderId = answer.field("posOrderId");
        assertTrue(posOrderId.matches("POS-20240315-\\d{6,}"), posOrderId);
        assertEquals("true", answer.field("autoAccept"));
        assertEquals("ACCEPTED", answer.field("orderStatus"));
        Map<String, Object> row = server.db().rows("SELECT * FROM orders WHERE request_order_id = ?", id).get(0);
        assertEquals(posOrderId, row.get("pos_order_id"));
        assertEquals("ACCEPTED", row.get("status"));
        assertEquals(1270L, ((Number) row.get("order_amount")).longValue());
        assertEquals(OrderJson.pickup(id).json(), row.get("request_body"));
        List<Map<String, Object>> lines = server.db().rows(
                "SELECT * FROM order_lines WHERE order_id = ? ORDER BY line_no", row.get("id"));
        assertEquals(List.of("CR-ROAST", "DR-LEMONTEA"), lines.stream().map(l -> l.get("pos_product_id")).toList());
        assertTrue(String.valueOf(lines.get(0).get("modifiers")).contains("MOD-EGG"));
        Map<String, Object> event = server.db().rows("SELECT * FROM order_events WHERE order_id = ?", row.get("id")).get(0);
        assertEquals("DSTORE", event.get("source"));
        assertEquals("ORDER_CREATED", event.get("event_type"));
        assertEquals(id, event.get("request_id"));
    }

    @Test
    void storeWithoutAutoAcceptAnswersOrderSuccessAndAutoAcceptFalse() {
        String id = OrderJson.newRequestOrderId();

        Answer answer = dstore.createOrder(OrderJson.pickup(id).set("posStoreId", "\"" + PosServer.MANUAL_STORE + "\"").json())
                .assertResult("S", "SUCCESS");

        assertEquals("false", answer.field("autoAccept"));
        assertEquals("ORDER_SUCCESS", answer.field("orderStatus"));
        assertEquals("ORDER_SUCCESS", dstore.inquire(id).assertResult("S", "SUCCESS").field("orderStatus"));
    }

    @Test
    void replayedCreateOrderReturnsTheStoredAnswerByteForByteAndStoresNothingNew() {
        String id = OrderJson.newRequestOrderId();
        String body = OrderJson.pickup(id).json();
        double replaysBefore = Metrics.count(server, "pos.orders.replayed");

        Answer first = dstore.createOrder(body).assertResult("S", "SUCCESS");
        Answer second = dstore.createOrder(body).assertResult("S", "SUCCESS");

        assertArrayEquals(first.body(), second.body());
        assertEquals(1, server.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id));
        assertEquals(1, server.db().count("SELECT count(*) FROM order_events e JOIN orders o ON o.id = e.order_id"
                + " WHERE o.request_order_id = ?", id));
        assertEquals(replaysBefore + 1, Metrics.count(server, "pos.orders.replayed"));
    }

    @Test
    void sameRequestOrderIdWithAnotherBodyGetsTheStoredAnswerAndIsCounted() {
        String id = OrderJson.newRequestOrderId();
        Answer first = dstore.createOrder(OrderJson.pickup(id).json()).assertResult("S", "SUCCESS");
        double before = Metrics.count(server, "pos.orders.replayed.different.body");

        Answer second = dstore.createOrder(OrderJson.pickup(id).set("orderRemark", "\"now with a remark\"")
                .set("posStoreId", "\"" + PosServer.MANUAL_STORE + "\"").json()).assertResult("S", "SUCCESS");

        assertArrayEquals(first.body(), second.body());
        assertEquals(before + 1, Metrics.count(server, "pos.orders.replayed.different.body"));
        assertEquals(PosServer.AUTO_STORE, server.db().rows(
                "SELECT pos_store_id FROM orders WHERE request_order_id = ?", id).get(0).get("pos_store_id"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"requestOrderId", "posAccountId", "posStoreId", "orderChannel", "channelOrderId",
            "serviceType", "expectFulfillmentTime", "orderProducts", "orderAmount",
            "orderProducts[0].posProductId", "orderProducts[0].quantity", "orderProducts[0].unitPrice",
            "orderProducts[0].totalAmount", "orderProducts[0].modifiers[0].posProductId",
            "orderProducts[0].modifiers[0].quantity", "orderProducts[0].modifiers[0].unitPrice",
            "orderAmount.value", "orderAmount.currency", "orderProducts[1].unitPrice.currency"})
    void eachMissingRequiredFieldIsParamIllegalNamingTheField(String field) {
        String id = OrderJson.newRequestOrderId();

        Answer answer = dstore.createOrder(OrderJson.pickup(id).remove(field).json()).assertResult("F", "PARAM_ILLEGAL");

        assertTrue(answer.resultMessage().startsWith(field + ": "), answer.resultMessage());
        assertEquals(0, server.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown channel enum            | orderChannel                      | "UBEREATS"          | orderChannel
            unknown service type enum       | serviceType                       | "TAKEAWAY"          | serviceType
            posAccountId longer than 64     | posAccountId                      | "MER-0123456789012345678901234567890123456789012345678901234567890" | posAccountId: must be at most 64 characters long
            empty requestOrderId            | requestOrderId                    | ""                  | requestOrderId: must be at least 1 characters long
            tableNo longer than 32          | tableNo                           | "T-0123456789012345678901234567890" | tableNo: must be at most 32 characters long
            quantity below 1                | orderProducts[0].quantity         | 0                   | orderProducts[0].quantity: must have a minimum value of 1
            negative amount                 | orderAmount.value                 | -1                  | orderAmount.value: must have a minimum value of 0
            lower-case currency             | orderAmount.currency              | "sgd"               | orderAmount.currency: does not match the regex pattern
            no order lines                  | orderProducts                     | []                  | orderProducts: must have at least 1 items
            date-time not a date-time       | expectFulfillmentTime             | "noon"              | expectFulfillmentTime
            fraction as a quantity          | orderProducts[0].quantity         | 2.7                 | orderProducts[0].quantity: number found, integer expected
            boolean as an amount            | orderAmount.value                 | true                | orderAmount.value: boolean found, integer expected
            """)
    void schemaViolationIsParamIllegalNamingTheField(String name, String field, String value, String expected) {
        String id = OrderJson.newRequestOrderId();

        Answer answer = dstore.createOrder(OrderJson.pickup(id).set(field, value).json()).assertResult("F", "PARAM_ILLEGAL");

        assertTrue(answer.resultMessage().startsWith(expected), answer.resultMessage());
    }

    @ParameterizedTest(name = "body [{0}]")
    @ValueSource(strings = {"not json at all", "{\"requestOrderId\": ", "[1,2,3]", ""})
    void bodyThatIsNotAnOrderObjectIsParamIllegal(String body) {
        dstore.createOrder(body).assertResult("F", "PARAM_ILLEGAL");
    }

    @Test
    void currencyDifferentFromTheOrdersIsParamIllegalNamingTheField() {
        String id = OrderJson.newRequestOrderId();

        Answer answer = dstore.createOrder(OrderJson.pickup(id)
                .set("orderProducts[0].modifiers[0].unitPrice.currency", "\"MYR\"").json()).assertResult("F", "PARAM_ILLEGAL");

        assertTrue(answer.resultMessage().startsWith("orderProducts[0].modifiers[0].unitPrice.currency: MYR"),
                answer.resultMessage());
        assertEquals(0, server.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id));
    }

    @Test
    void deliveryWithoutAddressIsParamIllegal() {
        Answer answer = dstore.createOrder(OrderJson.grabDelivery(OrderJson.newRequestOrderId()).remove("deliveryAddress")
                .json()).assertResult("F", "PARAM_ILLEGAL");

        assertEquals("deliveryAddress: required when serviceType is DELIVERY", answer.resultMessage());
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"MER-AHSENG-0001,STORE-NOWHERE", "MER-NOBODY,STORE-MAXWELL-0123", "MER-KATONGLAKSA-0002,STORE-MAXWELL-0123"})
    void orderForAStoreNotServedHereIsStoreNotFoundAndNotStored(String account, String store) {
        String id = OrderJson.newRequestOrderId();

        Answer answer = dstore.createOrder(OrderJson.pickup(id).set("posAccountId", "\"" + account + "\"")
                .set("posStoreId", "\"" + store + "\"").json()).assertResult("F", "STORE_NOT_FOUND");

        assertTrue(answer.resultMessage().contains(store), answer.resultMessage());
        assertEquals(0, server.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id));
        dstore.inquire(id).assertResult("F", "ORDER_NOT_EXIST");
    }

    @Test
    void refusalQuotingLongIdsKeepsTheResultMessageWithinTheContractsLimit() {
        String longStore = "S".repeat(255);

        Answer answer = dstore.createOrder(OrderJson.pickup(OrderJson.newRequestOrderId())
                .set("posStoreId", "\"" + longStore + "\"").json()).assertResult("F", "STORE_NOT_FOUND");

        assertEquals(256, answer.resultMessage().length());
    }

    @Test
    void unknownProductIsAcceptedFlaggedAndTheStoresCatalogMarkedForResync() {
        catalog(PosServer.ACCOUNT, PosServer.AUTO_STORE, "CR-ROAST", "DR-LEMONTEA");
        String id = OrderJson.newRequestOrderId();
        double flaggedBefore = Metrics.count(server, "pos.orders.flagged", "flag", "UNKNOWN_PRODUCT");

        dstore.createOrder(OrderJson.pickup(id).json()).assertResult("S", "SUCCESS");

        List<Map<String, Object>> flags = server.db().rows("SELECT f.* FROM order_flags f JOIN orders o ON o.id = f.order_id"
                + " WHERE o.request_order_id = ?", id);
        assertEquals(1, flags.size(), flags.toString());
        assertEquals("UNKNOWN_PRODUCT", flags.get(0).get("flag"));
        assertTrue(String.valueOf(flags.get(0).get("detail")).contains("MOD-EGG"));
        Map<String, Object> store = server.db().rows("SELECT * FROM stores WHERE pos_account_id = ? AND pos_store_id = ?",
                PosServer.ACCOUNT, PosServer.AUTO_STORE).get(0);
        assertEquals(Boolean.TRUE, store.get("catalog_resync_needed"));
        assertTrue(String.valueOf(store.get("catalog_resync_reason")).contains(id));
        assertEquals(flaggedBefore + 1, Metrics.count(server, "pos.orders.flagged", "flag", "UNKNOWN_PRODUCT"));
    }

    @Test
    void orderTheCatalogExplainsIsNotFlagged() {
        catalog(PosServer.ACCOUNT, PosServer.MANUAL_STORE, "CR-ROAST", "MOD-EGG", "DR-LEMONTEA");
        String id = OrderJson.newRequestOrderId();

        dstore.createOrder(OrderJson.pickup(id).set("posStoreId", "\"" + PosServer.MANUAL_STORE + "\"").json())
                .assertResult("S", "SUCCESS");

        assertEquals(0, server.db().count("SELECT count(*) FROM order_flags f JOIN orders o ON o.id = f.order_id"
                + " WHERE o.request_order_id = ?", id));
        assertEquals(Boolean.FALSE, server.db().rows("SELECT catalog_resync_needed FROM stores WHERE pos_account_id = ?"
                + " AND pos_store_id = ?", PosServer.ACCOUNT, PosServer.MANUAL_STORE).get(0).get("catalog_resync_needed"));
    }

    @Test
    void amountsThatDoNotAddUpAreAcceptedAndFlagged() {
        String id = OrderJson.newRequestOrderId();

        dstore.createOrder(OrderJson.pickup(id).set("orderProducts[0].totalAmount.value", "1000")
                .set("orderAmount.value", "1300").json()).assertResult("S", "SUCCESS");

        String detail = String.valueOf(server.db().rows("SELECT f.detail FROM order_flags f JOIN orders o"
                + " ON o.id = f.order_id WHERE o.request_order_id = ? AND f.flag = 'AMOUNT_MISMATCH'", id).get(0).get("detail"));
        assertTrue(detail.contains("orderProducts[0].totalAmount is 1000, expected 1060"), detail);
        assertTrue(detail.contains("orderAmount is 1300, expected 1210"), detail);
    }

    @Test
    void inquiryReturnsTheStoredStatusAndPosOrderId() {
        String id = OrderJson.newRequestOrderId();
        String posOrderId = dstore.createOrder(OrderJson.pickup(id).json()).assertResult("S", "SUCCESS").field("posOrderId");

        Answer answer = dstore.inquire(id).assertResult("S", "SUCCESS");

        assertEquals(posOrderId, answer.field("posOrderId"));
        assertEquals("ACCEPTED", answer.field("orderStatus"));
    }

    @Test
    void inquiryForAnUnknownOrderIsOrderNotExistAndInventsNothing() {
        String id = OrderJson.newRequestOrderId();

        Answer answer = dstore.inquire(id).assertResult("F", "ORDER_NOT_EXIST");

        assertFalse(answer.json().has("posOrderId"));
        assertEquals(0, server.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id));
    }

    @Test
    void healthIncludesTheDatabaseAndPrometheusExportsTheOrderMetrics() throws Exception {
        dstore.createOrder(OrderJson.pickup(OrderJson.newRequestOrderId()).json()).assertResult("S", "SUCCESS");
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(server.uri("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> prometheus = http.send(HttpRequest.newBuilder(server.uri("/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
        assertEquals(200, prometheus.statusCode());
        for (String metric : List.of("pos_orders_stored_total{channel=\"DSTORE\"}", "pos_orders_replayed_total",
                "pos_orders_replayed_different_body_total", "pos_answers_total{code=\"SUCCESS\",operation=\"createOrder\",status=\"S\"}",
                "pos_api_latency_seconds_bucket{operation=\"createOrder\"")) {
            assertTrue(prometheus.body().contains(metric), metric + " missing from /prometheus");
        }
    }

    private void catalog(String account, String store, String... productIds) {
        ProductRepository products = server.context().getBean(ProductRepository.class);
        for (String productId : productIds) {
            products.save(new ProductEntity(new ProductKey(account, store, productId), "SINGLE", "AVAILABLE", productId,
                    100L, "SGD", null, Instant.now(), 0));
        }
    }
}
