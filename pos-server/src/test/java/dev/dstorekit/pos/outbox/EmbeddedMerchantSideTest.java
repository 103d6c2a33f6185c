package dev.dstorekit.pos.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.api.pds.model.AddStoreRequest;
import dev.dstorekit.fakedstore.FakeDStore;
import dev.dstorekit.fakedstore.Received;
import dev.dstorekit.fakedstore.Reply;
import dev.dstorekit.pos.outbox.application.OutboundMessage;
import dev.dstorekit.pos.outbox.application.Outbox;
import dev.dstorekit.pos.outbox.domain.OutboundOperation;
import dev.dstorekit.pos.support.Calls;
import dev.dstorekit.pos.support.Eventually;
import dev.dstorekit.pos.support.Merchant;
import dev.dstorekit.pos.support.OrderJson;
import dev.dstorekit.pos.support.Orders;
import dev.dstorekit.pos.support.PosServer;
import io.micronaut.transaction.exceptions.IllegalTransactionStateException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merchant side's core cases again on the embedded default (H2 in PostgreSQL mode): the same claim query
 * (FOR UPDATE SKIP LOCKED), list filters, catalog syncs and re-sync, and a restart that delivers what was pending.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedMerchantSideTest {

    @TempDir
    static Path dataDir;
    @TempDir
    static Path restartDir;
    FakeDStore dstore;
    PosServer server;
    Merchant merchant;

    @BeforeAll
    void start() {
        dstore = FakeDStore.start();
        server = PosServer.onEmbeddedDatabase(dataDir, dstore.posProperties());
        merchant = server.merchant();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        dstore.close();
    }

    @Test
    void theJourneyReachesDStoreInOrderWithTheRetryUnderOneRequestIdOnTheEmbeddedDatabase() {
        Orders.Placed order = Orders.manualPickup(server);
        dstore.script().then(order.requestOrderId(), Reply.unknown());

        for (String status : List.of("ACCEPTED", "PREPARING", "READY", "COMPLETED")) {
            merchant.status(order.posOrderId(), status);
        }

        List<Received> calls = Eventually.await("five calls", () -> dstore.journal().about(order.requestOrderId()),
                c -> c.size() == 5);
        assertEquals(List.of("ACCEPTED", "ACCEPTED", "PREPARING", "READY", "COMPLETED"), Calls.statuses(calls));
        assertEquals(calls.get(0).requestId(), calls.get(1).requestId());
        calls.forEach(Calls::assertSignedByPos);
    }

    @Test
    void theOutboxRefusesToQueueOutsideTheTransactionOfAChange() {
        Outbox outbox = server.context().getBean(Outbox.class);
        OutboundMessage addStore = OutboundMessage.aboutStore(OutboundOperation.ADD_STORE, "store-loose",
                PosServer.ACCOUNT, "S-LOOSE", new AddStoreRequest("store-loose"));

        assertThrows(IllegalTransactionStateException.class, () -> outbox.queue(addStore));
        assertEquals(0, server.db().count("SELECT count(*) FROM outbox_messages WHERE pos_store_id = 'S-LOOSE'"));
    }

    @Test
    void refusalsAndAccountsAreTheSameOnTheEmbeddedDatabase() {
        Orders.Placed order = Orders.autoPickup(server);
        Orders.Placed theirs = Orders.otherAccount(server);

        merchant.post("/merchant/v1/orders/" + order.posOrderId() + "/refunds",
                "{\"amount\":{\"value\":1271,\"currency\":\"SGD\"}}").problem(409);
        assertEquals("ACCEPTED", merchant.post("/merchant/v1/orders/" + order.posOrderId() + "/status",
                "{\"status\":\"COMPLETED\"}").problem(409).path("currentStatus").asText());
        merchant.get("/merchant/v1/orders/" + theirs.posOrderId()).problem(404);
        server.merchant(null).get("/merchant/v1/orders").problem(401);
    }

    @Test
    void aStoreIdBelongsToOneAccountOnTheEmbeddedDatabase() {
        String store = "{\"storeInfo\":{\"storeId\":\"S-EMBEDDED-1\",\"name\":\"Stall\",\"storeType\":\"RESTAURANT\"}}";
        server.merchant(Merchant.OTHER_TOKEN).post("/merchant/v1/stores", store).expect(201);

        String detail = merchant.post("/merchant/v1/stores", store).problem(409).path("detail").asText();

        assertTrue(detail.contains("belongs to another merchant account"), detail);
        assertEquals(1, server.db().count("SELECT count(*) FROM stores WHERE pos_store_id = 'S-EMBEDDED-1'"));
        assertEquals(1, server.db().count("SELECT count(*) FROM outbox_messages WHERE pos_store_id = 'S-EMBEDDED-1'"));
    }

    @Test
    void ordersAreListedAndFilteredOnTheEmbeddedDatabase() {
        Orders.Placed manual = Orders.manualPickup(server);

        JsonNode all = merchant.get("/merchant/v1/orders?limit=200").expect(200).json().path("orders");
        JsonNode filtered = merchant.get("/merchant/v1/orders?status=ORDER_SUCCESS&posStoreId=" + PosServer.MANUAL_STORE
                + "&from=2000-01-01T00:00:00Z&to=2999-01-01T00:00:00Z").expect(200).json().path("orders");

        assertTrue(all.toString().contains(manual.posOrderId()));
        assertTrue(filtered.toString().contains(manual.posOrderId()));
        filtered.forEach(o -> assertEquals("ORDER_SUCCESS", o.path("status").asText()));
    }

    @Test
    void catalogSyncsAndTheFlaggedReSyncWorkOnTheEmbeddedDatabase() {
        String store = PosServer.OTHER_STORE;
        Merchant other = server.merchant(Merchant.OTHER_TOKEN);
        other.put("/merchant/v1/stores/" + store + "/catalog", "{\"products\":[{\"posProductId\":\"LK-LAKSA\","
                + "\"type\":\"SINGLE\",\"status\":\"AVAILABLE\",\"name\":\"Katong Laksa\"},{\"posProductId\":"
                + "\"MOD-COCKLES\",\"type\":\"MODIFIER\",\"status\":\"AVAILABLE\"}]}").expect(200);
        other.post("/merchant/v1/stores/" + store + "/catalog/availability",
                "{\"changes\":[{\"posProductId\":\"MOD-COCKLES\",\"status\":\"UNAVAILABLE\"}]}").expect(200);

        server.dstore().createOrder(OrderJson.grabDelivery(OrderJson.newRequestOrderId()).json())
                .assertResult("S", "SUCCESS");   // DR-TEHPENG is not in the catalog: the store is flagged

        List<Received> calls = Eventually.await("full, status-only, full again", () -> dstore.journal().about(store),
                c -> c.size() == 3);
        assertEquals(2, calls.get(0).json().path("products").size());
        Calls.assertKeys(calls.get(1).json().path("products").get(0), "posProductId", "type", "status");
        assertEquals(2, calls.get(2).json().path("products").size());
        assertEquals("UNAVAILABLE", calls.get(2).json().path("products").get(1).path("status").asText(),
                "the re-sync sends the catalog as it stands");
    }

    @Test
    void messagesPendingAtShutdownAreDeliveredAfterARestartOnTheEmbeddedDatabase() {
        Map<String, Object> quiet = new LinkedHashMap<>(dstore.posProperties());
        quiet.put("pos.outbox.enabled", "false");
        Orders.Placed order;
        try (PosServer stopped = PosServer.onEmbeddedDatabase(restartDir, quiet)) {
            order = Orders.manualPickup(stopped);
            stopped.merchant().status(order.posOrderId(), "REJECTED");
        }
        assertEquals(0, dstore.journal().about(order.requestOrderId()).size());

        try (PosServer restarted = PosServer.onEmbeddedDatabase(restartDir, dstore.posProperties())) {
            Received call = Eventually.await("the message after the restart", () -> dstore.journal()
                    .about(order.requestOrderId()), c -> !c.isEmpty()).get(0);
            assertEquals("REJECTED", call.json().path("orderStatus").asText());
            Eventually.await("delivered", () -> restarted.db().count("SELECT count(*) FROM outbox_messages"
                    + " WHERE state = 'DELIVERED'"), n -> n == 1);
        }
    }
}
