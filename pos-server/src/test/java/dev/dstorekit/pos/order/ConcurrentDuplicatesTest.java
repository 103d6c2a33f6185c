package dev.dstorekit.pos.order;

import dev.dstorekit.pos.support.Answer;
import dev.dstorekit.pos.support.Concurrently;
import dev.dstorekit.pos.support.Metrics;
import dev.dstorekit.pos.support.OrderJson;
import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.pos.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two POS server instances on one PostgreSQL database, as behind a load balancer: D-Store's retries of one order
 * arriving at both at once must produce one order and one answer, decided by the database's unique key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentDuplicatesTest {

    static final int DUPLICATES = 20;

    Postgres.Database database;
    PosServer first;
    PosServer second;

    @BeforeAll
    void start() {
        database = Postgres.createDatabase("duplicates");
        first = PosServer.onPostgres(database);
        second = PosServer.onPostgres(database);
    }

    @AfterAll
    void stop() {
        first.close();
        second.close();
        Postgres.drop(database);
    }

    @RepeatedTest(3)
    void twentyConcurrentDuplicatesOnTwoInstancesMakeOneOrderAndTwentyIdenticalAnswers() throws Exception {
        String id = OrderJson.newRequestOrderId();
        String body = OrderJson.pickup(id).json();
        double storedBefore = stored();
        double replayedBefore = replayed();
        List<Answer> answers = Concurrently.run(DUPLICATES,
                i -> (i % 2 == 0 ? first : second).dstore().createOrder(body));

        for (Answer answer : answers) {
            answer.assertResult("S", "SUCCESS");
            assertArrayEquals(answers.get(0).body(), answer.body(), "every duplicate gets the same answer");
        }
        assertEquals(1, first.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id));
        assertEquals(2, first.db().count("SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id"
                + " WHERE o.request_order_id = ?", id));
        assertEquals(1, first.db().count("SELECT count(*) FROM order_events e JOIN orders o ON o.id = e.order_id"
                + " WHERE o.request_order_id = ?", id));
        assertEquals(storedBefore + 1, stored(), "exactly one instance stored the order");
        assertEquals(replayedBefore + DUPLICATES - 1, replayed());
    }

    @Test
    void distinctOrdersOnTwoInstancesGetDistinctPosOrderIds() throws Exception {
        // Each instance draws order ids in blocks from the shared sequence: blocks must never overlap.
        int orders = 100;
        List<String> requestOrderIds = IntStream.range(0, orders).mapToObj(i -> OrderJson.newRequestOrderId()).toList();
        // 50 at once per instance is more than its 10 permits serve in time: some are answered U and retried
        List<Answer> answers = Concurrently.run(orders, i -> (i % 2 == 0 ? first : second).dstore()
                .createOrderRetryingUnknown(OrderJson.pickup(requestOrderIds.get(i)).json()));

        Set<String> posOrderIds = new HashSet<>();
        for (Answer answer : answers) {
            answer.assertResult("S", "SUCCESS");
            assertTrue(posOrderIds.add(answer.json().path("posOrderId").asText()), "posOrderId handed out twice");
        }
        assertEquals(orders, first.db().count("SELECT count(DISTINCT pos_order_id) FROM orders"
                + " WHERE request_order_id IN (" + String.join(",", Collections.nCopies(orders, "?")) + ")",
                requestOrderIds.toArray()));
    }

    private double stored() {
        return Metrics.count(first, "pos.orders.stored") + Metrics.count(second, "pos.orders.stored");
    }

    private double replayed() {
        return Metrics.count(first, "pos.orders.replayed") + Metrics.count(second, "pos.orders.replayed");
    }
}
