package dev.dstorekit.pos.overload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.pos.support.Answer;
import dev.dstorekit.pos.support.DStore;
import dev.dstorekit.pos.support.HeldLock;
import dev.dstorekit.pos.support.Merchant;
import dev.dstorekit.pos.support.Metrics;
import dev.dstorekit.pos.support.OrderJson;
import dev.dstorekit.pos.support.PosServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lock held elsewhere for longer than D-Store waits (the issue: another transaction held the stores table for
 * 20 s and createOrders hung for more than 15 s). With the default time-outs every createOrder that needs the locked
 * row is answered U well inside D-Store's 8 s, other stores' orders go on, and D-Store's retry after the lock is
 * released stores the order once. Run on PostgreSQL and on the embedded default.
 */
abstract class LockedStoreCases {

    /** D-Store's budget: an answer later than this is no answer. */
    static final Duration BUDGET = Duration.ofSeconds(8);
    static final String CATALOG = "{\"products\":[{\"posProductId\":\"CR-ROAST\",\"type\":\"SINGLE\",\"status\":\"AVAILABLE\","
            + "\"name\":\"Roasted Chicken Rice\",\"price\":{\"value\":450,\"currency\":\"SGD\"}}]}";

    PosServer server;
    DStore dstore;

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Test
    void whileAStoreRowIsLockedItsOrdersAreAnsweredUnknownInTimeAndTheRetryAfterwardsStoresThemOnce() {
        List<String> ids = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<Answer> duringLock = new ArrayList<>();
        Answer otherStore;
        double shedBefore = shed("database_timeout");
        try (HeldLock lock = HeldLock.storeRow(server.db(), PosServer.ACCOUNT, PosServer.AUTO_STORE)) {
            // the default pickup names products the store's catalog lacks: the order is flagged and its store marked
            // for a catalog re-sync, an update of the locked row
            for (int i = 0; i < 3; i++) {
                String id = OrderJson.newRequestOrderId();
                String body = OrderJson.pickup(id).json();
                ids.add(id);
                bodies.add(body);
                duringLock.add(timed(() -> dstore.createOrder(body)));
            }
            otherStore = timed(() -> dstore.createOrder(OrderJson.grabDelivery(OrderJson.newRequestOrderId()).json()));
        }

        duringLock.forEach(answer -> answer.assertResult("U", "UNKNOWN_EXCEPTION"));
        otherStore.assertResult("S", "SUCCESS");
        assertEquals(3, shed("database_timeout") - shedBefore, "each U counted as shed by a database time-out");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Answer retry = dstore.createOrder(bodies.get(i)).assertResult("S", "SUCCESS");
            assertEquals(1, server.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id));
            assertEquals(retry.field("posOrderId"), dstore.inquire(id).assertResult("S", "SUCCESS").field("posOrderId"));
        }
    }

    @Test
    void aCatalogReplaceBlockedByALockIsAnswered503WithRetryAfterAndSucceedsLater() {
        Merchant merchant = server.merchant();
        String path = "/merchant/v1/stores/" + PosServer.MANUAL_STORE + "/catalog";
        Merchant.Reply blocked;
        try (HeldLock lock = HeldLock.storeRow(server.db(), PosServer.ACCOUNT, PosServer.MANUAL_STORE)) {
            long started = System.nanoTime();
            blocked = merchant.put(path, CATALOG);
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(BUDGET) < 0, "answered within 8 s");
        }

        JsonNode problem = blocked.problem(503);
        assertEquals("Service Unavailable", problem.path("title").asText());
        assertEquals("1", blocked.headers().firstValue("Retry-After").orElse(null));
        assertEquals(0, server.db().count("SELECT count(*) FROM products WHERE pos_store_id = ?", PosServer.MANUAL_STORE),
                "nothing of the refused replace was stored");
        merchant.put(path, CATALOG).expect(200);
        assertEquals(1, server.db().count("SELECT count(*) FROM products WHERE pos_store_id = ?", PosServer.MANUAL_STORE));
    }

    double shed(String reason) {
        return Metrics.count(server, "pos.requests.shed", "api", "dstore", "operation", "createOrder", "reason", reason);
    }

    /** The answer, which must come inside D-Store's budget. */
    static Answer timed(Supplier<Answer> call) {
        long started = System.nanoTime();
        Answer answer = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(BUDGET) < 0, "answered after " + took.toMillis() + " ms: " + answer.text());
        return answer;
    }
}
