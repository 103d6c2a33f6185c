package dev.dstorekit.pos.outbox;

import dev.dstorekit.fakedstore.FakeDStore;
import dev.dstorekit.fakedstore.Received;
import dev.dstorekit.fakedstore.Reply;
import dev.dstorekit.pos.support.Calls;
import dev.dstorekit.pos.support.Concurrently;
import dev.dstorekit.pos.support.Eventually;
import dev.dstorekit.pos.support.Metrics;
import dev.dstorekit.pos.support.Orders;
import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.pos.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two POS instances on one PostgreSQL outbox, both sending, against a D-Store that answers slowly: one order's
 * messages are never in flight together, arrive in the merchant's order, and a message D-Store answered S is never
 * sent again. The fake's detectors are shown to catch a broken sender in {@code FakeDStoreSelfTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoSendersTest {

    static final int ORDERS = 10;
    static final List<String> JOURNEY = List.of("ACCEPTED", "PREPARING", "READY", "COMPLETED");

    FakeDStore dstore;
    Postgres.Database database;
    PosServer first;
    PosServer second;

    @BeforeAll
    void start() {
        dstore = FakeDStore.start();
        dstore.script().defaultDelay(Duration.ofMillis(30));
        database = Postgres.createDatabase("two_senders");
        Map<String, Object> properties = dstore.posProperties();
        first = PosServer.onPostgres(database, properties);
        second = PosServer.onPostgres(database, properties);
    }

    @AfterAll
    void stop() {
        for (PosServer server : new PosServer[]{first, second}) {
            if (server != null) {
                server.close();
            }
        }
        Postgres.drop(database);
        dstore.close();
    }

    @Test
    void twoInstancesDrainOneOutboxWithoutOverlapDuplicateOrDisorder() throws Exception {
        List<Orders.Placed> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            Orders.Placed order = Orders.manualPickup(i % 2 == 0 ? first : second);
            if (i % 3 == 0) {
                dstore.script().then(order.requestOrderId(), Reply.unknown());
            }
            orders.add(order);
        }
        double sentBefore = attempts(first) + attempts(second);

        // each order walks its journey on both instances in turn, all orders at once
        Concurrently.run(ORDERS, i -> {
            Orders.Placed order = orders.get(i);
            for (int step = 0; step < JOURNEY.size(); step++) {
                (step % 2 == 0 ? first : second).merchant().status(order.posOrderId(), JOURNEY.get(step));
            }
            return order;
        });

        Eventually.await("every message delivered", Duration.ofSeconds(30), () -> first.db().count(
                "SELECT count(*) FROM outbox_messages WHERE state <> 'DELIVERED'"), n -> n == 0);
        for (Orders.Placed order : orders) {
            List<Received> calls = dstore.journal().about(order.requestOrderId());
            Set<String> requestIds = new LinkedHashSet<>();
            List<String> statuses = new ArrayList<>();
            for (Received call : calls) {
                Calls.assertSignedByPos(call);
                if (requestIds.add(call.requestId())) {
                    statuses.add(call.json().path("orderStatus").asText());
                }
            }
            assertEquals(JOURNEY, statuses, "order " + order.posOrderId() + " in the merchant's order");
            assertEquals(JOURNEY.size() + (orders.indexOf(order) % 3 == 0 ? 1 : 0), calls.size(),
                    "one call per message, plus the retry after U");
            assertEquals(List.of(), dstore.journal().overlaps(order.requestOrderId()));
        }
        assertEquals(List.of(), dstore.journal().resentAfterSuccess());
        assertTrue(attempts(first) > 0 && attempts(second) > 0, "both instances sent: " + attempts(first) + " / "
                + attempts(second));
        assertEquals(sentBefore + ORDERS * JOURNEY.size() + (ORDERS + 2) / 3, attempts(first) + attempts(second));
    }

    private static double attempts(PosServer server) {
        return Metrics.count(server, "pos.outbox.attempts");
    }
}
