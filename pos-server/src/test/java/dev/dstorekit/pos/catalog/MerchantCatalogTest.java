package dev.dstorekit.pos.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.fakedstore.Received;
import dev.dstorekit.pos.support.MerchantSideTest;
import dev.dstorekit.pos.support.Calls;
import dev.dstorekit.pos.support.Eventually;
import dev.dstorekit.pos.support.Merchant;
import dev.dstorekit.pos.support.OrderJson;
import dev.dstorekit.pos.support.PosServer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store's catalog through the merchant API, on PostgreSQL with a fake D-Store: a replaced catalog goes out whole
 * (syncProduct overwrites), availability goes out as a status-only update with nothing but the required fields, and
 * a store createOrder flagged gets its stored catalog re-sent in full.
 */
class MerchantCatalogTest extends MerchantSideTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A chicken rice stall: 2 SINGLE with modifier groups, 2 MODIFIER, 1 COMBO. */
    static final String CATALOG = """
            {"products":[
              {"posProductId":"CR-ROAST","type":"SINGLE","status":"AVAILABLE","name":"Roasted Chicken Rice",
               "description":"Roasted chicken, fragrant rice","price":{"value":450,"currency":"SGD"},
               "images":["https://cdn.example.com/cr-roast.jpg"],"categoryName":"Rice",
               "modifierGroups":[{"groupId":"MG-ADDON","name":"Add-ons","minSelect":0,"maxSelect":2,
                                  "modifierProductIds":["MOD-EGG","MOD-LIVER"]}]},
              {"posProductId":"DR-BARLEY","type":"SINGLE","status":"AVAILABLE","name":"Barley Water",
               "price":{"value":150,"currency":"SGD"},"categoryName":"Drinks"},
              {"posProductId":"MOD-EGG","type":"MODIFIER","status":"AVAILABLE","name":"Extra egg",
               "price":{"value":80,"currency":"SGD"}},
              {"posProductId":"MOD-LIVER","type":"MODIFIER","status":"UNAVAILABLE","name":"Gizzard and liver",
               "price":{"value":150,"currency":"SGD"}},
              {"posProductId":"SET-LUNCH","type":"COMBO","status":"AVAILABLE","name":"Lunch set",
               "price":{"value":550,"currency":"SGD"}}]}
            """;

    @Override
    protected String databaseName() {
        return "catalog";
    }

    @Test
    void aReplacedCatalogIsStoredAndSentWholeAsAFullSync() throws Exception {
        String store = PosServer.AUTO_STORE;
        int before = awaitDelivered(store);

        JsonNode answer = merchant.put("/merchant/v1/stores/" + store + "/catalog", CATALOG).expect(200).json();

        JsonNode expected = JSON.readTree(CATALOG);
        assertEquals(expected, answer);
        assertEquals(expected, merchant.get("/merchant/v1/stores/" + store + "/catalog").expect(200).json());
        Received call = awaitSync(store, before + 1).get(before);
        Calls.assertSignedByPos(call);
        assertEquals("/v2/pos/syncProduct", call.path());
        Calls.assertKeys(call.json(), "requestId", "posAccountId", "store", "products");
        assertEquals(PosServer.ACCOUNT, call.json().path("posAccountId").asText());
        assertEquals(store, call.json().path("store").path("posStoreId").asText());
        assertEquals(expected.path("products"), call.json().path("products"), "every product with every field");
        assertEquals(5, server.db().count("SELECT count(*) FROM products WHERE pos_store_id = ?", store));
    }

    @Test
    void switchingProductsSendsAStatusOnlyUpdateWithOnlyTheRequiredFields() {
        String store = PosServer.MANUAL_STORE;
        merchant.put("/merchant/v1/stores/" + store + "/catalog", CATALOG).expect(200);
        int before = awaitDelivered(store);

        JsonNode catalog = merchant.post("/merchant/v1/stores/" + store + "/catalog/availability",
                "{\"changes\":[{\"posProductId\":\"MOD-EGG\",\"status\":\"UNAVAILABLE\"},"
                        + "{\"posProductId\":\"MOD-LIVER\",\"status\":\"UNAVAILABLE\"},"
                        + "{\"posProductId\":\"DR-BARLEY\",\"status\":\"UNAVAILABLE\"}]}").expect(200).json();

        Received call = awaitSync(store, before + 1).get(before);
        Calls.assertSignedByPos(call);
        JsonNode body = call.json();
        Calls.assertKeys(body, "requestId", "posAccountId", "store", "products");
        Calls.assertKeys(body.path("store"), "posStoreId");
        assertEquals(2, body.path("products").size(), "MOD-LIVER was off already: only the changes go out");
        for (JsonNode product : body.path("products")) {
            Calls.assertKeys(product, "posProductId", "type", "status");
            assertEquals("UNAVAILABLE", product.path("status").asText());
        }
        assertEquals("MOD-EGG", body.path("products").get(0).path("posProductId").asText());
        assertEquals("MODIFIER", body.path("products").get(0).path("type").asText());
        assertEquals("DR-BARLEY", body.path("products").get(1).path("posProductId").asText());
        assertEquals("SINGLE", body.path("products").get(1).path("type").asText());
        assertEquals("UNAVAILABLE", product(catalog, "MOD-EGG").path("status").asText());
        assertEquals("Extra egg", product(catalog, "MOD-EGG").path("name").asText());
    }

    @Test
    void anAvailabilityChangeThatChangesNothingSendsNothing() {
        String store = PosServer.MANUAL_STORE;
        merchant.put("/merchant/v1/stores/" + store + "/catalog", CATALOG).expect(200);
        int before = awaitDelivered(store);

        merchant.post("/merchant/v1/stores/" + store + "/catalog/availability",
                "{\"changes\":[{\"posProductId\":\"CR-ROAST\",\"status\":\"AVAILABLE\"}]}").expect(200);

        Eventually.pause(java.time.Duration.ofMillis(300));
        assertEquals(before, dstore.journal().about(store).size());
    }

    @Test
    void comboUnknownAndRepeatedProductsCannotBeSwitched() {
        String store = PosServer.AUTO_STORE;
        merchant.put("/merchant/v1/stores/" + store + "/catalog", CATALOG).expect(200);

        assertTrue(availability(store, "SET-LUNCH").problem(400).path("detail").asText()
                .startsWith("changes[0].posProductId: 'SET-LUNCH' is a COMBO"));
        assertTrue(availability(store, "NOPE").problem(400).path("detail").asText()
                .startsWith("changes[0].posProductId: no product 'NOPE'"));
        assertTrue(merchant.post("/merchant/v1/stores/" + store + "/catalog/availability",
                "{\"changes\":[{\"posProductId\":\"MOD-EGG\",\"status\":\"UNAVAILABLE\"},"
                        + "{\"posProductId\":\"MOD-EGG\",\"status\":\"AVAILABLE\"}]}").problem(400)
                .path("detail").asText().startsWith("changes[1].posProductId"));
        assertEquals("changes: must have at least 1 items but found 0",
                merchant.post("/merchant/v1/stores/" + store + "/catalog/availability", "{\"changes\":[]}")
                        .problem(400).path("detail").asText());
    }

    @Test
    void aCatalogThatDStoreCouldNotTakeIsRefusedNamingTheField() {
        String store = PosServer.AUTO_STORE;

        assertTrue(merchant.put("/merchant/v1/stores/" + store + "/catalog", "{\"products\":[]}").problem(400)
                .path("detail").asText().startsWith("products: a catalog needs at least one product"));
        assertTrue(merchant.put("/merchant/v1/stores/" + store + "/catalog", CATALOG.replace("\"DR-BARLEY\"",
                "\"CR-ROAST\"")).problem(400).path("detail").asText().startsWith("products[1].posProductId"));
        assertEquals("products[0].modifierGroups[0].modifierProductIds[1]: 'MOD-LIVER' is not a MODIFIER product"
                        + " of this catalog",
                merchant.put("/merchant/v1/stores/" + store + "/catalog", CATALOG.replace("\"MODIFIER\",\"status\":"
                        + "\"UNAVAILABLE\"", "\"SINGLE\",\"status\":\"UNAVAILABLE\"")).problem(400)
                        .path("detail").asText());
        assertEquals("products[0].price.value: string found, integer expected",
                merchant.put("/merchant/v1/stores/" + store + "/catalog", CATALOG.replace("\"value\":450",
                        "\"value\":\"4.50\"")).problem(400).path("detail").asText());
        assertTrue(merchant.put("/merchant/v1/stores/" + store + "/catalog", CATALOG.replace("\"COMBO\"",
                "\"MEAL\"")).problem(400).path("detail").asText().startsWith("products[4].type"));
    }

    @Test
    void aStoreCreateOrderFlaggedGetsItsStoredCatalogResentInFull() {
        String store = PosServer.OTHER_STORE;
        Merchant other = server.merchant(Merchant.OTHER_TOKEN);
        other.put("/merchant/v1/stores/" + store + "/catalog", CATALOG).expect(200);
        int before = awaitDelivered(store);

        server.dstore().createOrder(OrderJson.grabDelivery(OrderJson.newRequestOrderId()).json())
                .assertResult("S", "SUCCESS");   // LK-LAKSA is not in this catalog

        Received resync = awaitSync(store, before + 1).get(before);
        Calls.assertSignedByPos(resync);
        assertEquals(PosServer.OTHER_ACCOUNT, resync.json().path("posAccountId").asText());
        assertEquals(5, resync.json().path("products").size());
        Eventually.await("the re-sync mark to be cleared", () -> other.get("/merchant/v1/stores").expect(200).json()
                .path("stores").get(0).path("catalogResyncNeeded").asBoolean(), flagged -> !flagged);
        assertEquals(before + 1, dstore.journal().about(store).size(), "one re-sync per mark");
    }

    @Test
    void aFlaggedStoreWithoutCatalogKeepsItsMarkUntilOneIsUploaded() {
        String store = PosServer.MANUAL_STORE;
        server.db().update("DELETE FROM products WHERE pos_store_id = ?", store);
        server.db().update("UPDATE stores SET catalog_resync_needed = TRUE WHERE pos_store_id = ?", store);
        int before = dstore.journal().about(store).size();

        Eventually.pause(java.time.Duration.ofMillis(300));

        assertEquals(before, dstore.journal().about(store).size(), "nothing to send");
        assertEquals(Boolean.TRUE, server.db().rows("SELECT catalog_resync_needed FROM stores WHERE pos_store_id = ?",
                store).get(0).get("catalog_resync_needed"));
        merchant.put("/merchant/v1/stores/" + store + "/catalog", CATALOG).expect(200);
        assertEquals(Boolean.FALSE, server.db().rows("SELECT catalog_resync_needed FROM stores WHERE pos_store_id = ?",
                store).get(0).get("catalog_resync_needed"));
        awaitSync(store, before + 1);
    }

    @Test
    void anotherAccountsStoreCatalogIsNotFound() {
        String theirs = "/merchant/v1/stores/" + PosServer.OTHER_STORE + "/catalog";

        merchant.get(theirs).problem(404);
        merchant.put(theirs, CATALOG).problem(404);
        merchant.post(theirs + "/availability", "{\"changes\":[{\"posProductId\":\"MOD-EGG\",\"status\":\"AVAILABLE\"}]}")
                .problem(404);
        merchant.get("/merchant/v1/stores/NO-SUCH-STORE/catalog").problem(404);
    }

    private Merchant.Reply availability(String store, String productId) {
        return merchant.post("/merchant/v1/stores/" + store + "/catalog/availability",
                "{\"changes\":[{\"posProductId\":\"" + productId + "\",\"status\":\"UNAVAILABLE\"}]}");
    }

    /** Waits until the store's syncProduct calls number at least {@code count}, all answered. */
    private List<Received> awaitSync(String store, int count) {
        return Eventually.await(count + " syncProduct calls for " + store, () -> dstore.journal().about(store),
                calls -> calls.size() >= count);
    }

    /** Waits until the store has no pending message and returns how many calls D-Store got for it. */
    private int awaitDelivered(String store) {
        Eventually.await("the outbox of " + store + " to drain", () -> server.db().count(
                "SELECT count(*) FROM outbox_messages WHERE pos_store_id = ? AND state = 'PENDING'", store), n -> n == 0);
        return dstore.journal().about(store).size();
    }

    private static JsonNode product(JsonNode catalog, String id) {
        for (JsonNode p : catalog.path("products")) {
            if (p.path("posProductId").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError(id + " not in " + catalog);
    }
}
