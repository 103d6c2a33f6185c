package dev.dstorekit.pos.order;

import dev.dstorekit.pos.support.Answer;
import dev.dstorekit.pos.support.DStore;
import dev.dstorekit.pos.support.OrderJson;
import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.pos.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The database goes away for real (PostgreSQL refuses connections and drops the open ones): every call is answered
 * U/UNKNOWN_EXCEPTION, signed, never a 5xx; D-Store's retry with the same requestOrderId after the database is back
 * creates the one order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest {

    Postgres.Database database;
    PosServer server;
    DStore dstore;

    @BeforeAll
    void start() {
        database = Postgres.createDatabase("outage");
        // the shortest pool wait Hikari allows keeps the U answers quick
        server = PosServer.onPostgres(database, Map.of("datasources.default.connection-timeout", 250));
        dstore = server.dstore();
    }

    @AfterAll
    void stop() {
        restore();
        if (server != null) {
            server.close();
        }
        Postgres.drop(database);
    }

    @Test
    void whileTheDatabaseIsDownCallsAreAnsweredUnknownAndTheRetryAfterwardsCreatesOneOrder() throws Exception {
        String existing = OrderJson.newRequestOrderId();
        dstore.createOrder(OrderJson.pickup(existing).json()).assertResult("S", "SUCCESS");
        String id = OrderJson.newRequestOrderId();
        String body = OrderJson.pickup(id).json();

        takeDown();
        // A real outage lasts: pooled connections idle longer than Hikari's 500 ms alive-bypass window are
        // validated before use, so the dead ones are dropped instead of being handed out.
        Thread.sleep(600);
        try {
            Answer duringOutage = dstore.createOrder(body).assertResult("U", "UNKNOWN_EXCEPTION");
            assertFalse(duringOutage.text().contains("Exception"), "no internals reach the caller: " + duringOutage.text());
            dstore.inquire(existing).assertResult("U", "UNKNOWN_EXCEPTION");
            dstore.push("{\"requestId\":\"" + UUID.randomUUID() + "\",\"requestOrderId\":\"" + existing
                    + "\",\"orderStatus\":\"COMPLETED\"}").assertResult("U", "UNKNOWN_EXCEPTION");
            assertNotEquals(200, health(), "health must report the database down");
        } finally {
            restore();
        }
        awaitHealthy();

        Answer retry = dstore.createOrder(body).assertResult("S", "SUCCESS");
        Answer again = dstore.createOrder(body).assertResult("S", "SUCCESS");
        assertArrayEquals(retry.body(), again.body());
        assertEquals(1, server.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id));
        assertEquals("ACCEPTED", dstore.inquire(existing).assertResult("S", "SUCCESS").field("orderStatus"));
        assertEquals(200, health());
    }

    /** The fault is healed once the server's own health check reaches the database again (D-Store retries later). */
    private void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (health() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the server did not reconnect to the database within 15 s");
            }
            Thread.sleep(100);
        }
    }

    private void takeDown() {
        Postgres.execute("ALTER DATABASE " + database.name() + " ALLOW_CONNECTIONS false");
        Postgres.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database.name() + "'");
    }

    private void restore() {
        Postgres.execute("ALTER DATABASE " + database.name() + " ALLOW_CONNECTIONS true");
    }

    private int health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
