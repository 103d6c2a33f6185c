package dev.dstorekit.pos.order;

import dev.dstorekit.pos.support.OrderJson;
import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.pos.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How many times one createOrder waits for PostgreSQL, counted where the driver ends each exchange with the server:
 * pgjdbc sends one Sync message per round trip and logs it at FINEST. The happy path is the catalog lookup, the order
 * with its lines and history entry as one statement, and the commit: three. A change that adds one fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreateOrderRoundTripsTest {

    static final int ORDERS = 20;

    /** Catalog lookup, the order with its lines and history entry, commit; the order-id block is drawn once per 100. */
    static final int ROUND_TRIPS_PER_ORDER = 3;

    static final String CATALOG = """
            {"products":[
              {"posProductId":"CR-ROAST","type":"SINGLE","status":"AVAILABLE","name":"Roasted Chicken Rice",
               "price":{"value":450,"currency":"SGD"}},
              {"posProductId":"MOD-EGG","type":"MODIFIER","status":"AVAILABLE","name":"Extra egg",
               "price":{"value":80,"currency":"SGD"}},
              {"posProductId":"DR-LEMONTEA","type":"SINGLE","status":"AVAILABLE","name":"Iced Lemon Tea",
               "price":{"value":180,"currency":"SGD"}}]}
            """;

    final Logger driver = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
    SyncCounter syncs;
    Level driverLevel;
    Postgres.Database database;
    PosServer server;

    @BeforeAll
    void start() {
        database = Postgres.createDatabase("roundtrips");
        server = PosServer.onPostgres(database, Map.of("pos.outbox.enabled", false));
        // the orders' products are in the catalog, so no order is flagged (a flag adds its own writes)
        server.merchant().put("/merchant/v1/stores/" + PosServer.AUTO_STORE + "/catalog", CATALOG).expect(200);
        // the first order draws an order-id block and prepares the statements
        server.dstore().createOrder(OrderJson.pickup(OrderJson.newRequestOrderId()).json()).assertResult("S", "SUCCESS");
    }

    @AfterAll
    void stop() {
        server.close();
        Postgres.drop(database);
    }

    @BeforeEach
    void countSyncs() {
        syncs = new SyncCounter();
        driverLevel = driver.getLevel();
        driver.setLevel(Level.FINEST);
        driver.addHandler(syncs);
    }

    @AfterEach
    void stopCounting() {
        driver.removeHandler(syncs);
        driver.setLevel(driverLevel);
    }

    @Test
    void aStoredOrderTakesThreeRoundTripsToPostgres() {
        for (int i = 0; i < ORDERS; i++) {
            server.dstore().createOrder(OrderJson.pickup(OrderJson.newRequestOrderId()).json())
                    .assertResult("S", "SUCCESS");
        }
        assertEquals(ORDERS * ROUND_TRIPS_PER_ORDER, syncs.count(), "round trips for " + ORDERS + " orders, by thread: "
                + syncs.byThread);
    }

    @Test
    void aReplayedOrderTakesThreeRoundTripsAndReadsTheStoredAnswer() {
        String body = OrderJson.pickup(OrderJson.newRequestOrderId()).json();
        server.dstore().createOrder(body).assertResult("S", "SUCCESS");
        int before = syncs.count();
        server.dstore().createOrder(body).assertResult("S", "SUCCESS");
        // catalog lookup, the insert that writes nothing, the read of the stored order, commit
        assertEquals(4, syncs.count() - before, "round trips by thread: " + syncs.byThread);
    }

    /**
     * Counts the driver's Sync messages, that is its round trips, by the thread that made them; not the pool's own
     * threads, which open connections in the background and set their time-outs once per connection, nor the pool's
     * liveness check ({@code SELECT 1}), made only on a connection that sat idle for half a second.
     */
    static final class SyncCounter extends Handler {

        final Map<String, AtomicInteger> byThread = new ConcurrentHashMap<>();
        final Map<String, Boolean> validating = new ConcurrentHashMap<>();

        @Override
        public void publish(LogRecord record) {
            String thread = Thread.currentThread().getName();
            if (thread.startsWith("HikariPool")) {
                return;
            }
            if (record.getMessage().startsWith(" FE=> Parse(")) {
                validating.put(thread, record.getMessage().contains("query=\"SELECT 1\""));
            } else if (" FE=> Sync".equals(record.getMessage()) && !validating.getOrDefault(thread, false)) {
                byThread.computeIfAbsent(thread, t -> new AtomicInteger()).incrementAndGet();
            }
        }

        int count() {
            return byThread.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
