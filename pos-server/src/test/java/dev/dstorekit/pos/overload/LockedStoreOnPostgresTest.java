package dev.dstorekit.pos.overload;

import dev.dstorekit.pos.support.Answer;
import dev.dstorekit.pos.support.HeldLock;
import dev.dstorekit.pos.support.OrderJson;
import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.pos.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link LockedStoreCases} on PostgreSQL, and the lock of the issue itself: the whole stores table. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockedStoreOnPostgresTest extends LockedStoreCases {

    Postgres.Database database;

    @BeforeAll
    void start() {
        database = Postgres.createDatabase("locked");
        server = PosServer.onPostgres(database, Map.of());
        dstore = server.dstore();
    }

    @AfterAll
    void dropDatabase() {
        stop();
        Postgres.drop(database);
    }

    /** The case itself: another transaction holds the stores table for 20 s while D-Store keeps calling. */
    @Test
    void whileTheStoresTableIsLockedFor20SecondsEveryCreateOrderIsAnsweredUnknownInTimeAndTheRetriesSucceed() {
        List<String> ids = new ArrayList<>();
        List<Answer> duringLock = new ArrayList<>();
        try (HeldLock lock = HeldLock.take(server.db(), "LOCK TABLE stores IN ACCESS EXCLUSIVE MODE")) {
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < until) {
                String id = OrderJson.newRequestOrderId();
                ids.add(id);
                duringLock.add(timed(() -> dstore.createOrder(OrderJson.pickup(id).json())));
            }
        }

        assertTrue(duringLock.size() >= 3, "D-Store's calls went on during the lock: " + duringLock.size());
        duringLock.forEach(answer -> answer.assertResult("U", "UNKNOWN_EXCEPTION"));
        for (String id : ids) {
            dstore.createOrder(OrderJson.pickup(id).json()).assertResult("S", "SUCCESS");
            assertEquals(1, server.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id));
        }
    }
}
