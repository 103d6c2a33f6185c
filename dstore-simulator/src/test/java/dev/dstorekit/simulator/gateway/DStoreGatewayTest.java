package dev.dstorekit.simulator.gateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.api.pos.model.DeliveryProvider;
import dev.dstorekit.api.pos.model.ServiceType;
import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.catalog.CatalogRepository;
import dev.dstorekit.simulator.catalog.StoreKey;
import dev.dstorekit.simulator.catalog.StoreService;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.order.OrderStatus;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.support.Orders;
import dev.dstorekit.simulator.support.SignedHttp;
import dev.dstorekit.simulator.support.SpecExamples;
import dev.dstorekit.simulator.support.TestSignature;
import dev.dstorekit.simulator.violation.Violation;
import dev.dstorekit.simulator.violation.ViolationKind;
import dev.dstorekit.simulator.violation.ViolationLog;
import dev.dstorekit.testsupport.TestKeys;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * D-Store's side of the POS API as a POS meets it: signed raw requests in, signed answers out, and the rules of
 * REFERENCE §3, §5.1 and §5.3 applied to what the POS sends.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DStoreGatewayTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    ViolationLog violations;
    @Inject
    CatalogRepository catalogs;
    @Inject
    OrderRepository orders;
    @Inject
    StoreService stores;

    SignedHttp pos;

    @Override
    public Map<String, String> getProperties() {
        return TestSignature.simulatorProperties();
    }

    @BeforeEach
    void setUp() {
        pos = SignedHttp.asPos(server.getURI());
        violations.clear();
    }

    // ---- signature ---------------------------------------------------------------------------------------------

    @Test
    void unsignedCallIsRefusedWithInvalidSignatureAndRecorded() {
        SignedHttp.Answer answer = pos.postUnsigned("/v2/pos/syncProduct", SpecExamples.text(fullSync("STORE-U")));

        assertEquals(200, answer.status());
        assertEquals("F", answer.resultStatus());
        assertEquals("INVALID_SIGNATURE", answer.resultCode());
        assertTrue(answer.signature().valid(), "even the refusal is signed");
        assertTrue(catalogs.find(new StoreKey("MER-AHSENG-0001", "STORE-U")).isEmpty(), "refused call was not processed");
        assertEquals(List.of(ViolationKind.INVALID_SIGNATURE_FROM_POS), kinds());
    }

    @Test
    void callSignedWithAnUntrustedKeyIsRefused() {
        byte[] body = SpecExamples.text(fullSync("STORE-K")).getBytes(StandardCharsets.UTF_8);
        SignedHttp.Answer answer = pos.post("/v2/pos/syncProduct", body, TestSignature.CLIENT_ID, TestKeys.STRANGER);

        assertEquals("INVALID_SIGNATURE", answer.resultCode());
        assertTrue(catalogs.find(new StoreKey("MER-AHSENG-0001", "STORE-K")).isEmpty());
    }

    @Test
    void answersAreSignedWithDStoresKeyOverTheBytesSent() {
        SignedHttp.Answer answer = pos.post("/v2/pos/syncProduct", SpecExamples.text(fullSync("STORE-SIG")));

        assertEquals("S", answer.resultStatus(), answer.body());
        assertTrue(answer.signature().valid(), answer.signature().detail());
    }

    // ---- schema -------------------------------------------------------------------------------------------------

    @Test
    void missingRequiredFieldIsParamIllegalNamingTheField() {
        ObjectNode body = fullSync("STORE-M");
        ((ObjectNode) body.withArray("products").get(1)).remove("type");

        SignedHttp.Answer answer = pos.post("/v2/pos/syncProduct", SpecExamples.text(body));

        assertEquals("PARAM_ILLEGAL", answer.resultCode());
        assertTrue(answer.resultMessage().contains("products[1].type: is required"), answer.resultMessage());
        assertEquals(List.of(ViolationKind.SCHEMA_VIOLATION), kinds());
    }

    @Test
    void enumAndLengthViolationsNameTheField() {
        ObjectNode body = fullSync("STORE-E");
        ((ObjectNode) body.withArray("products").get(0)).put("status", "SOLD_OUT");
        ((ObjectNode) body.withArray("products").get(2).path("price")).put("currency", "sgd");

        SignedHttp.Answer answer = pos.post("/v2/pos/syncProduct", SpecExamples.text(body));

        assertEquals("PARAM_ILLEGAL", answer.resultCode());
        assertTrue(answer.resultMessage().contains("products[0].status"), answer.resultMessage());
        assertTrue(answer.resultMessage().contains("products[2].price.currency"), answer.resultMessage());
    }

    @Test
    void bodyThatIsNotJsonIsParamIllegal() {
        SignedHttp.Answer answer = pos.post("/v2/pos/notifyOrderChange", "requestId=1&orderStatus=ACCEPTED");

        assertEquals(200, answer.status());
        assertEquals("PARAM_ILLEGAL", answer.resultCode());
        assertTrue(answer.signature().valid());
    }

    // ---- idempotency --------------------------------------------------------------------------------------------

    @Test
    void replayWithTheSameBodyGetsTheStoredAnswerAndIsNotProcessedAgain() {
        ObjectNode first = fullSync("STORE-R");
        String firstText = SpecExamples.text(first);
        assertEquals("S", pos.post("/v2/pos/syncProduct", firstText).resultStatus());
        ObjectNode second = fullSync("STORE-R");
        ((ArrayNode) second.withArray("products")).remove(0);
        assertEquals("S", pos.post("/v2/pos/syncProduct", SpecExamples.text(second)).resultStatus());

        SignedHttp.Answer replay = pos.post("/v2/pos/syncProduct", firstText);

        assertEquals("S", replay.resultStatus());
        Catalog catalog = catalogs.find(new StoreKey("MER-AHSENG-0001", "STORE-R")).orElseThrow();
        assertFalse(catalog.products().containsKey("CR-ROAST"), "the replay did not overwrite the newer catalog");
    }

    @Test
    void sameRequestIdWithADifferentBodyIsRepeatReqInconsistent() {
        ObjectNode first = fullSync("STORE-I");
        assertEquals("S", pos.post("/v2/pos/syncProduct", SpecExamples.text(first)).resultStatus());
        ObjectNode changed = first.deepCopy();
        ((ObjectNode) changed.withArray("products").get(0)).put("status", "UNAVAILABLE");

        SignedHttp.Answer answer = pos.post("/v2/pos/syncProduct", SpecExamples.text(changed));

        assertEquals("F", answer.resultStatus());
        assertEquals("REPEAT_REQ_INCONSISTENT", answer.resultCode());
        assertEquals(List.of(ViolationKind.REPEAT_REQUEST_INCONSISTENT), kinds());
        assertEquals("AVAILABLE", catalogs.find(new StoreKey("MER-AHSENG-0001", "STORE-I")).orElseThrow()
                .products().get("CR-ROAST").status());
    }

    // ---- syncProduct semantics ----------------------------------------------------------------------------------

    @Test
    void fullSyncOverwritesTheCatalogAndDropsProductsLeftOut() {
        assertEquals("S", pos.post("/v2/pos/syncProduct", SpecExamples.text(fullSync("STORE-F"))).resultStatus());
        ObjectNode smaller = fullSync("STORE-F");
        ArrayNode products = smaller.withArray("products");
        products.remove(2); // DR-LEMONTEA

        assertEquals("S", pos.post("/v2/pos/syncProduct", SpecExamples.text(smaller)).resultStatus());

        Catalog catalog = catalogs.find(new StoreKey("MER-AHSENG-0001", "STORE-F")).orElseThrow();
        assertFalse(catalog.products().containsKey("DR-LEMONTEA"));
        assertEquals(6, catalog.products().size());
        assertTrue(kinds().isEmpty(), "a real full sync that drops a product is no warning: " + kinds());
    }

    @Test
    void statusOnlyUpdateChangesOnlyTheNamedStatuses() {
        assertEquals("S", pos.post("/v2/pos/syncProduct", SpecExamples.text(fullSync("STORE-S"))).resultStatus());

        SignedHttp.Answer answer = pos.post("/v2/pos/syncProduct", SpecExamples.text(statusOnly("STORE-S", "MOD-EGG", "MODIFIER", "UNAVAILABLE")));

        assertEquals("S", answer.resultStatus());
        Catalog catalog = catalogs.find(new StoreKey("MER-AHSENG-0001", "STORE-S")).orElseThrow();
        assertEquals(7, catalog.products().size(), "nothing dropped");
        assertEquals("UNAVAILABLE", catalog.products().get("MOD-EGG").status());
        assertEquals("AVAILABLE", catalog.products().get("MOD-LIVER").status());
        assertEquals(450, catalog.products().get("CR-ROAST").price().value(), "other fields kept");
        assertTrue(kinds().isEmpty());
    }

    @Test
    void statusOnlyUpdateWithAnOptionalFieldIsAFullSyncAndWarnsAboutDroppedProducts() {
        assertEquals("S", pos.post("/v2/pos/syncProduct", SpecExamples.text(fullSync("STORE-W"))).resultStatus());
        ObjectNode update = statusOnly("STORE-W", "MOD-EGG", "MODIFIER", "UNAVAILABLE");
        ((ObjectNode) update.withArray("products").get(0)).put("name", "Extra egg");

        SignedHttp.Answer answer = pos.post("/v2/pos/syncProduct", SpecExamples.text(update));

        assertEquals("S", answer.resultStatus(), "D-Store accepts it as a full sync");
        Catalog catalog = catalogs.find(new StoreKey("MER-AHSENG-0001", "STORE-W")).orElseThrow();
        assertEquals(List.of("MOD-EGG"), List.copyOf(catalog.products().keySet()));
        List<Violation> warnings = violations.all();
        assertEquals(List.of(ViolationKind.STATUS_ONLY_SYNC_DROPPED_PRODUCTS), kinds());
        assertTrue(warnings.get(0).details().contains("products[0].name"), warnings.get(0).details());
        assertFalse(warnings.get(0).isError());
    }

    @Test
    void modifierGroupNamingAProductThatIsNotAModifierIsParamIllegal() {
        ObjectNode body = fullSync("STORE-G");
        ((ArrayNode) body.withArray("products")).remove(4); // MOD-LIVER

        SignedHttp.Answer answer = pos.post("/v2/pos/syncProduct", SpecExamples.text(body));

        assertEquals("PARAM_ILLEGAL", answer.resultCode());
        assertTrue(answer.resultMessage().startsWith("products[0].modifierGroups[0].modifierProductIds[1]: MOD-LIVER"), answer.resultMessage());
    }

    // ---- notifyOrderChange ---------------------------------------------------------------------------------------

    @Test
    void notificationForAnUnknownOrderIsOrderNotExist() {
        SignedHttp.Answer answer = pos.post("/v2/pos/notifyOrderChange", notify("NO-SUCH-ORDER", "\"orderStatus\":\"ACCEPTED\""));

        assertEquals("F", answer.resultStatus());
        assertEquals("ORDER_NOT_EXIST", answer.resultCode());
        assertEquals(List.of(ViolationKind.UNKNOWN_ORDER), kinds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ORDER_SUCCESS", "ORDER_FAIL"})
    void orderSuccessAndOrderFailAreRefusedInNotifications(String status) {
        SimOrder order = createdOrder(false, null);

        SignedHttp.Answer answer = pos.post("/v2/pos/notifyOrderChange", notify(order.requestOrderId(), "\"orderStatus\":\"" + status + "\""));

        assertEquals("PARAM_ILLEGAL", answer.resultCode());
        assertTrue(answer.resultMessage().startsWith("orderStatus: " + status + " is not allowed"), answer.resultMessage());
        assertEquals(List.of(ViolationKind.FORBIDDEN_STATUS_IN_NOTIFY), kinds());
        assertEquals(OrderStatus.ACCEPTED, order.status());
    }

    @Test
    void statusStepsInOrderAreAcceptedAndAStatusAfterCompletedIsAnIllegalTransition() {
        SimOrder order = createdOrder(false, null);
        for (String status : List.of("PREPARING", "READY", "COMPLETED")) {
            assertEquals("S", pos.post("/v2/pos/notifyOrderChange", notify(order.requestOrderId(), "\"orderStatus\":\"" + status + "\"")).resultStatus());
        }

        SignedHttp.Answer late = pos.post("/v2/pos/notifyOrderChange", notify(order.requestOrderId(), "\"orderStatus\":\"ACCEPTED\""));

        assertEquals("F", late.resultStatus());
        assertEquals("ORDER_STATUS_INVALID", late.resultCode());
        assertTrue(late.resultMessage().contains("not allowed after COMPLETED"), late.resultMessage());
        assertEquals(List.of(ViolationKind.ILLEGAL_TRANSITION), kinds());
        assertEquals(OrderStatus.COMPLETED, order.status());
    }

    @Test
    void rejectingAnAcceptedOrderIsAnIllegalTransition() {
        SimOrder order = createdOrder(false, null);

        SignedHttp.Answer answer = pos.post("/v2/pos/notifyOrderChange", notify(order.requestOrderId(), "\"orderStatus\":\"REJECTED\""));

        assertEquals("ORDER_STATUS_INVALID", answer.resultCode());
        assertEquals(List.of(ViolationKind.ILLEGAL_TRANSITION), kinds());
    }

    @Test
    void refundsUpToTheAmountPaidAreAcceptedAndBeyondItRefused() {
        SimOrder order = createdOrder(false, null); // paid 900 SGD
        assertEquals("S", pos.post("/v2/pos/notifyOrderChange", notify(order.requestOrderId(),
                "\"refundAmount\":{\"value\":600,\"currency\":\"SGD\"},\"refundReason\":\"Sold out\"")).resultStatus());

        SignedHttp.Answer tooMuch = pos.post("/v2/pos/notifyOrderChange", notify(order.requestOrderId(),
                "\"refundAmount\":{\"value\":301,\"currency\":\"SGD\"}"));

        assertEquals("F", tooMuch.resultStatus());
        assertEquals("REFUND_AMOUNT_EXCEED", tooMuch.resultCode());
        assertTrue(tooMuch.resultMessage().contains("refundable 300 SGD"), tooMuch.resultMessage());
        assertEquals(List.of(ViolationKind.REFUND_EXCEEDS_PAID), kinds());
        assertEquals(600, order.refunded());
        assertEquals("S", pos.post("/v2/pos/notifyOrderChange", notify(order.requestOrderId(),
                "\"refundAmount\":{\"value\":300,\"currency\":\"SGD\"}")).resultStatus(), "the rest may still be refunded");
    }

    @Test
    void deliveryStatusIsOnlyForOrdersTheMerchantDelivers() {
        SimOrder pickup = createdOrder(false, null);
        SimOrder delivered = createdOrder(true, DeliveryProvider.MERCHANT);

        SignedHttp.Answer refused = pos.post("/v2/pos/notifyOrderChange", notify(pickup.requestOrderId(), "\"deliveryStatus\":\"PICKED_UP\""));
        SignedHttp.Answer accepted = pos.post("/v2/pos/notifyOrderChange", notify(delivered.requestOrderId(), "\"deliveryStatus\":\"PICKED_UP\""));
        SignedHttp.Answer backwards = pos.post("/v2/pos/notifyOrderChange", notify(delivered.requestOrderId(), "\"deliveryStatus\":\"COURIER_ASSIGNED\""));

        assertEquals("PARAM_ILLEGAL", refused.resultCode());
        assertEquals("S", accepted.resultStatus());
        assertEquals("ORDER_STATUS_INVALID", backwards.resultCode());
        assertEquals(List.of(ViolationKind.DELIVERY_STATUS_NOT_ALLOWED, ViolationKind.ILLEGAL_TRANSITION), kinds());
    }

    @Test
    void notificationReplayIsAnsweredTheSameAndCountedOnce() {
        SimOrder order = createdOrder(false, null);
        String body = notify(order.requestOrderId(), "\"refundAmount\":{\"value\":100,\"currency\":\"SGD\"}");

        assertEquals("S", pos.post("/v2/pos/notifyOrderChange", body).resultStatus());
        assertEquals("S", pos.post("/v2/pos/notifyOrderChange", body).resultStatus());

        assertEquals(100, order.refunded(), "the replay was not applied twice");
    }

    // ---- syncStore -----------------------------------------------------------------------------------------------

    @Test
    void syncStoreOpensAndClosesAStoreAndOrdersGoOnlyToOpenStores() {
        ObjectNode open = SpecExamples.request("dstore-pos-api.yaml", "/v2/pos/syncStore", "open");
        open.put("requestId", UUID.randomUUID().toString());
        ObjectNode closed = SpecExamples.request("dstore-pos-api.yaml", "/v2/pos/syncStore", "temporarilyClosed");
        closed.put("requestId", UUID.randomUUID().toString());
        ((ObjectNode) closed.path("store").path("closingEndTimes")).put("defaultClosingEndTime", "2099-01-01T10:00:00+08:00");
        StoreKey store = new StoreKey("MER-AHSENG-0001", "STORE-MAXWELL-0123");

        assertEquals("S", pos.post("/v2/pos/syncStore", SpecExamples.text(open)).resultStatus());
        boolean openAfterOpening = stores.open(store);
        assertEquals("S", pos.post("/v2/pos/syncStore", SpecExamples.text(closed)).resultStatus());

        assertTrue(openAfterOpening);
        assertFalse(stores.open(store), "closed until 2099");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private List<ViolationKind> kinds() {
        return violations.all().stream().map(Violation::kind).toList();
    }

    private SimOrder createdOrder(boolean delivery, DeliveryProvider provider) {
        SimOrder order = new SimOrder(delivery ? Orders.order(ServiceType.DELIVERY, provider) : Orders.pickup(), "test-run", "test");
        orders.add(order);
        order.created("POS-" + order.requestOrderId(), true);
        return order;
    }

    static ObjectNode fullSync(String storeId) {
        ObjectNode body = SpecExamples.syncProductFullSync();
        body.put("requestId", UUID.randomUUID().toString());
        ((ObjectNode) body.path("store")).put("posStoreId", storeId);
        return body;
    }

    static ObjectNode statusOnly(String storeId, String productId, String type, String status) {
        ObjectNode body = SpecExamples.JSON.createObjectNode();
        body.put("requestId", UUID.randomUUID().toString());
        body.put("posAccountId", "MER-AHSENG-0001");
        body.putObject("store").put("posStoreId", storeId);
        body.putArray("products").addObject().put("posProductId", productId).put("type", type).put("status", status);
        return body;
    }

    static String notify(String requestOrderId, String change) {
        return "{\"requestId\":\"" + UUID.randomUUID() + "\",\"requestOrderId\":\"" + requestOrderId + "\"," + change + "}";
    }
}
