package dev.dstorekit.pos.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.fakedstore.Received;
import dev.dstorekit.fakedstore.Reply;
import dev.dstorekit.pos.support.MerchantSideTest;
import dev.dstorekit.pos.support.Calls;
import dev.dstorekit.pos.support.Concurrently;
import dev.dstorekit.pos.support.Eventually;
import dev.dstorekit.pos.support.Failures;
import dev.dstorekit.pos.support.Merchant;
import dev.dstorekit.pos.support.OrderJson;
import dev.dstorekit.pos.support.PosServer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stores added through the merchant API: registered for the account, carried to D-Store with pds addStore. */
class MerchantStoresTest extends MerchantSideTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected String databaseName() {
        return "stores";
    }

    /** The merchant spec's example: a hawker stall with a pickup menu and business rules. */
    static String hawkerStall(String storeId) {
        return """
                {"storeInfo":{"storeId":"%s","areaId":"AREA-MAXWELL","name":"Ah Hock Chicken Rice",
                  "storeType":"HAWKER","address":"1 Kadayanallur St, #01-23 Maxwell Food Centre, Singapore 069184",
                  "location":{"latitude":"1.280340","longitude":"103.844850","postCode":"069184"},
                  "timeZone":"GMT+8:00","contactPhoneNos":["+6591234567"],
                  "businessRule":[
                    {"scene":"PICKUP_RULE","ruleData":"[{\\"minimumOrderAmount\\":{\\"currency\\":\\"SGD\\",\\"amountValue\\":500}}]"},
                    {"scene":"PICKUP_SCHEDULE","ruleData":"[{\\"scheduleType\\":\\"WEEKLY\\",\\"supportDays\\":7}]"}]},
                 "menus":[{"menuInfo":{"menuId":"MENU-%1$s","storeId":"%1$s","menuType":"PICKUP","title":"Pick-up"},
                   "categories":[{"categoryInfo":{"storeId":"%1$s","menuId":"MENU-%1$s","categoryId":"CAT-RICE","title":"Rice"},
                     "items":[{"categoryId":"CAT-RICE","itemInfo":{"itemId":"CR-ROAST","itemTitle":"Roasted Chicken Rice",
                       "itemStatus":"AVAILABLE","quantityRule":{"min":0,"max":20},
                       "priceInfo":{"originAmount":450,"saleAmount":450,"currency":"SGD"}}}]}]}]}
                """.formatted(storeId);
    }

    @Test
    void anAddedStoreIsSentWithAddStoreAndTakesOrdersAtOnce() throws Exception {
        String storeId = "STORE-" + UUID.randomUUID().toString().substring(0, 8);

        JsonNode added = merchant.post("/merchant/v1/stores", hawkerStall(storeId)).expect(201).json();

        assertEquals(storeId, added.path("posStoreId").asText());
        assertEquals("Ah Hock Chicken Rice", added.path("name").asText());
        assertFalse(added.path("autoAccept").asBoolean());
        assertEquals("PENDING", added.path("addStoreState").asText());
        Received call = Eventually.await("addStore", () -> dstore.journal().about(storeId), c -> !c.isEmpty()).get(0);
        Calls.assertSignedByPos(call);
        assertEquals("/v2/pds/store/addStore", call.path());
        Calls.assertKeys(call.json(), "requestId", "store");
        assertEquals(JSON.readTree(hawkerStall(storeId)), call.json().path("store"), "the store as the merchant sent it");
        Eventually.await("addStore to be delivered", () -> summary(merchant, storeId).path("addStoreState").asText(),
                "DELIVERED"::equals);
        JsonNode order = server.dstore().createOrder(OrderJson.pickup(OrderJson.newRequestOrderId())
                .set("posStoreId", "\"" + storeId + "\"").json()).assertResult("S", "SUCCESS").json();
        assertFalse(order.path("autoAccept").asBoolean());
        assertEquals("ORDER_SUCCESS", order.path("orderStatus").asText());
    }

    @Test
    void aStoreIdTheAccountHasIsAConflict() {
        String storeId = "STORE-" + UUID.randomUUID().toString().substring(0, 8);
        merchant.post("/merchant/v1/stores", hawkerStall(storeId)).expect(201);

        merchant.post("/merchant/v1/stores", hawkerStall(storeId)).problem(409);
        merchant.post("/merchant/v1/stores", hawkerStall(PosServer.AUTO_STORE)).problem(409);
        assertEquals(1, server.db().count("SELECT count(*) FROM outbox_messages WHERE pos_store_id = ?", storeId));
        assertEquals(0, server.db().count("SELECT count(*) FROM outbox_messages WHERE pos_store_id = ?"
                + " AND operation = 'addStore'", PosServer.AUTO_STORE));
    }

    @Test
    void aStoreIdAnotherAccountHoldsIsAConflictThatDoesNotNameTheAccount() {
        String storeId = "STORE-" + UUID.randomUUID().toString().substring(0, 8);
        server.merchant(Merchant.OTHER_TOKEN).post("/merchant/v1/stores", hawkerStall(storeId)).expect(201);

        String added = merchant.post("/merchant/v1/stores", hawkerStall(storeId)).problem(409).path("detail").asText();
        String configured = merchant.post("/merchant/v1/stores", hawkerStall(PosServer.OTHER_STORE)).problem(409)
                .path("detail").asText();

        assertEquals("store id " + storeId + " belongs to another merchant account; a store id belongs to one account"
                + " only", added);
        assertTrue(configured.startsWith("store id " + PosServer.OTHER_STORE + " belongs to another merchant account"),
                configured);
        assertFalse(added.contains(PosServer.OTHER_ACCOUNT) || configured.contains(PosServer.OTHER_ACCOUNT));
        assertEquals(1, server.db().count("SELECT count(*) FROM stores WHERE pos_store_id = ?", storeId));
        assertEquals(1, server.db().count("SELECT count(*) FROM outbox_messages WHERE pos_store_id = ?", storeId));
        assertEquals(0, server.db().count("SELECT count(*) FROM outbox_messages WHERE pos_store_id = ?",
                PosServer.OTHER_STORE));
    }

    @Test
    void twoAccountsAddingOneStoreIdAtOnceGetOneStoreBetweenThem() throws Exception {
        String storeId = "STORE-" + UUID.randomUUID().toString().substring(0, 8);

        List<Integer> statuses = Concurrently.run(8, i -> server.merchant(i % 2 == 0 ? Merchant.TOKEN
                : Merchant.OTHER_TOKEN).post("/merchant/v1/stores", hawkerStall(storeId)).status());

        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        assertEquals(1, server.db().count("SELECT count(*) FROM stores WHERE pos_store_id = ?", storeId));
        assertEquals(1, server.db().count("SELECT count(*) FROM outbox_messages WHERE pos_store_id = ?", storeId));
    }

    @Test
    void theDatabaseRefusesASecondAccountForAStoreId() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> server.db().update(
                "INSERT INTO stores (pos_account_id, pos_store_id, created_at) VALUES (?, ?, CURRENT_TIMESTAMP)",
                PosServer.OTHER_ACCOUNT, PosServer.AUTO_STORE));

        assertTrue(refused.getMessage().contains("stores_pos_store_id_key"), refused.getMessage());
    }

    @Test
    void aConfiguredStoreWhoseIdAnotherAccountHoldsStopsStartUpNamingTheKey() {
        String storeId = "STORE-" + UUID.randomUUID().toString().substring(0, 8);
        server.merchant(Merchant.OTHER_TOKEN).post("/merchant/v1/stores", hawkerStall(storeId)).expect(201);

        Exception refused = assertThrows(Exception.class, () -> PosServer.onPostgres(database,
                Map.of("pos.merchants[0].stores[2].pos-store-id", storeId, "pos.outbox.enabled", "false")).close());

        String messages = Failures.messages(refused);
        assertTrue(messages.contains("pos.merchants[0].stores[2].pos-store-id: store id '" + storeId + "' belongs to"
                + " account '" + PosServer.OTHER_ACCOUNT + "' in the database"), messages);
        assertEquals(1, server.db().count("SELECT count(*) FROM stores WHERE pos_store_id = ?", storeId));
    }

    @Test
    void theCatalogOfANewStoreFollowsItsAddStoreEvenWhenThatIsRetried() {
        String storeId = "STORE-" + UUID.randomUUID().toString().substring(0, 8);
        dstore.script().then(storeId, Reply.unknown(), Reply.accepted());
        merchant.post("/merchant/v1/stores", hawkerStall(storeId)).expect(201);

        merchant.put("/merchant/v1/stores/" + storeId + "/catalog", "{\"products\":[{\"posProductId\":\"CR-ROAST\","
                + "\"type\":\"SINGLE\",\"status\":\"AVAILABLE\",\"name\":\"Roasted Chicken Rice\"}]}").expect(200);

        List<Received> calls = Eventually.await("addStore twice, then syncProduct", () -> dstore.journal().about(storeId),
                c -> c.size() == 3);
        assertEquals(List.of("/v2/pds/store/addStore", "/v2/pds/store/addStore", "/v2/pos/syncProduct"),
                calls.stream().map(Received::path).toList());
        assertEquals(calls.get(0).requestId(), calls.get(1).requestId());
        Eventually.await("A to count as delivered", () -> summary(merchant, storeId).path("addStoreState").asText(),
                "DELIVERED"::equals);
    }

    @Test
    void anAddStoreDStoreRefusesIsShownFailed() {
        String storeId = "STORE-" + UUID.randomUUID().toString().substring(0, 8);
        dstore.script().then(storeId, Reply.failure("AREA_NOT_FOUND"));

        merchant.post("/merchant/v1/stores", hawkerStall(storeId)).expect(201);

        Eventually.await("addStore to fail", () -> summary(merchant, storeId).path("addStoreState").asText(),
                "FAILED"::equals);
        assertEquals("AREA_NOT_FOUND", server.db().rows("SELECT last_result_code FROM outbox_messages"
                + " WHERE pos_store_id = ?", storeId).get(0).get("last_result_code"));
    }

    @Test
    void aStoreWithoutStoreInfoOrWithAnUnknownTypeIsBadInput() {
        assertEquals("storeInfo: must not be null", merchant.post("/merchant/v1/stores", "{\"menus\":[]}").problem(400)
                .path("detail").asText());
        String detail = merchant.post("/merchant/v1/stores", hawkerStall("S-1").replace("HAWKER", "FOOD_TRUCK"))
                .problem(400).path("detail").asText();
        assertTrue(detail.startsWith("storeInfo.storeType: "), detail);
    }

    @Test
    void eachAccountListsOnlyItsOwnStores() {
        String storeId = "STORE-" + UUID.randomUUID().toString().substring(0, 8);
        merchant.post("/merchant/v1/stores", hawkerStall(storeId)).expect(201);

        String mine = merchant.get("/merchant/v1/stores").expect(200).body();
        String theirs = server.merchant(Merchant.OTHER_TOKEN).get("/merchant/v1/stores").expect(200).body();

        assertTrue(mine.contains(storeId) && mine.contains(PosServer.AUTO_STORE) && mine.contains(PosServer.MANUAL_STORE));
        assertFalse(mine.contains(PosServer.OTHER_STORE));
        assertTrue(theirs.contains(PosServer.OTHER_STORE));
        assertFalse(theirs.contains(storeId) || theirs.contains(PosServer.AUTO_STORE));
        server.merchant(Merchant.OTHER_TOKEN).get("/merchant/v1/stores/" + storeId + "/catalog").problem(404);
    }

    private static JsonNode summary(Merchant merchant, String storeId) {
        for (JsonNode store : merchant.get("/merchant/v1/stores").expect(200).json().path("stores")) {
            if (store.path("posStoreId").asText().equals(storeId)) {
                return store;
            }
        }
        throw new AssertionError(storeId + " not listed");
    }
}
