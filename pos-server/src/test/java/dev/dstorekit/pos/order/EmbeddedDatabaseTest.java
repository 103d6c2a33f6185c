package dev.dstorekit.pos.order;

import dev.dstorekit.pos.support.Answer;
import dev.dstorekit.pos.support.Concurrently;
import dev.dstorekit.pos.support.DStore;
import dev.dstorekit.pos.support.OrderJson;
import dev.dstorekit.pos.support.PosServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core cases again on the embedded default (no datasource configured: H2 file database in pos.data-dir, same
 * migrations and queries), and a restart that keeps the orders.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDatabaseTest {

    @TempDir
    static Path dataDir;
    PosServer server;
    DStore dstore;

    @BeforeAll
    void start() {
        server = PosServer.onEmbeddedDatabase(dataDir);
        dstore = server.dstore();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void createReplayAndInquireWorkOnTheEmbeddedDatabase() {
        String id = OrderJson.newRequestOrderId();
        String body = OrderJson.pickup(id).json();

        Answer first = dstore.createOrder(body).assertResult("S", "SUCCESS");
        Answer replay = dstore.createOrder(body).assertResult("S", "SUCCESS");
        Answer otherBody = dstore.createOrder(OrderJson.pickup(id).set("tableNo", "\"A1\"").json()).assertResult("S", "SUCCESS");

        assertArrayEquals(first.body(), replay.body());
        assertArrayEquals(first.body(), otherBody.body());
        assertEquals(1, server.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id));
        assertEquals(first.field("posOrderId"), dstore.inquire(id).assertResult("S", "SUCCESS").field("posOrderId"));
        assertTrue(Files.exists(dataDir.resolve("pos-server.mv.db")), "the database lives in pos.data-dir");
    }

    @Test
    void refusalsAreTheSameOnTheEmbeddedDatabase() {
        dstore.createOrder(OrderJson.pickup(OrderJson.newRequestOrderId()).set("posStoreId", "\"NOPE\"").json())
                .assertResult("F", "STORE_NOT_FOUND");
        dstore.createOrder(OrderJson.pickup(OrderJson.newRequestOrderId()).remove("orderAmount").json())
                .assertResult("F", "PARAM_ILLEGAL");
        dstore.inquire(OrderJson.newRequestOrderId()).assertResult("F", "ORDER_NOT_EXIST");
    }

    @Test
    void unknownProductIsAcceptedAndFlaggedOnTheEmbeddedDatabase() {
        String id = OrderJson.newRequestOrderId();

        dstore.createOrder(OrderJson.pickup(id).json()).assertResult("S", "SUCCESS");

        assertEquals(1, server.db().count("SELECT count(*) FROM order_flags f JOIN orders o ON o.id = f.order_id"
                + " WHERE o.request_order_id = ? AND f.flag = 'UNKNOWN_PRODUCT'", id));
        assertEquals(Boolean.TRUE, server.db().rows("SELECT catalog_resync_needed FROM stores WHERE pos_store_id = ?",
                PosServer.AUTO_STORE).get(0).get("catalog_resync_needed"));
    }

    @Test
    void pushOrderChangeIsIdempotentOnTheEmbeddedDatabase() {
        String id = OrderJson.newRequestOrderId();
        dstore.createOrder(OrderJson.pickup(id).set("orderChannel", "\"FOODPANDA\"").json()).assertResult("S", "SUCCESS");
        String complete = "{\"requestId\":\"" + UUID.randomUUID() + "\",\"requestOrderId\":\"" + id + "\",\"orderStatus\":\"COMPLETED\"}";

        dstore.push(complete).assertResult("S", "SUCCESS");
        dstore.push(complete).assertResult("S", "SUCCESS");
        dstore.push("{\"requestId\":\"" + UUID.randomUUID() + "\",\"requestOrderId\":\"" + id
                + "\",\"orderStatus\":\"CANCELLED\"}").assertResult("S", "SUCCESS");

        assertEquals("CANCELLED", dstore.inquire(id).assertResult("S", "SUCCESS").field("orderStatus"));
        assertEquals(3, server.db().count("SELECT count(*) FROM order_events e JOIN orders o ON o.id = e.order_id"
                + " WHERE o.request_order_id = ?", id));
    }

    @Test
    void concurrentDuplicatesMakeOneOrderOnTheEmbeddedDatabase() throws Exception {
        String id = OrderJson.newRequestOrderId();
        String body = OrderJson.pickup(id).json();

        List<Answer> answers = Concurrently.run(10, i -> dstore.createOrder(body));

        for (Answer answer : answers) {
            answer.assertResult("S", "SUCCESS");
            assertArrayEquals(answers.get(0).body(), answer.body());
        }
        assertEquals(1, server.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id));
    }

    @Test
    void aRestartKeepsTheOrders(@TempDir Path ownDir) {
        String id = OrderJson.newRequestOrderId();
        String body = OrderJson.pickup(id).json();
        Answer before;
        try (PosServer first = PosServer.onEmbeddedDatabase(ownDir)) {
            before = first.dstore().createOrder(body).assertResult("S", "SUCCESS");
        }

        try (PosServer restarted = PosServer.onEmbeddedDatabase(ownDir)) {
            Answer replay = restarted.dstore().createOrder(body).assertResult("S", "SUCCESS");
            assertArrayEquals(before.body(), replay.body());
            assertEquals(before.field("posOrderId"),
                    restarted.dstore().inquire(id).assertResult("S", "SUCCESS").field("posOrderId"));
            String next = restarted.dstore().createOrder(OrderJson.pickup(OrderJson.newRequestOrderId()).json())
                    .assertResult("S", "SUCCESS").field("posOrderId");
            assertTrue(next.compareTo(before.field("posOrderId")) > 0, "the id sequence continues: " + next);
        }
    }
}
