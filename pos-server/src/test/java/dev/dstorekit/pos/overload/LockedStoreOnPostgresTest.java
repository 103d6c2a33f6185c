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

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void whileTheStoresTableIsLockedCreateOrderIsAnsweredUnknownInTimeAndTheRetryAfterwardsSucceeds() {
        String id = OrderJson.newRequestOrderId();
        String body = OrderJson.pickup(id).json();
        Answer duringLock;
        try (HeldLock lock = HeldLock.take(server.db(), "LOCK TABLE stores IN ACCESS EXCLUSIVE MODE")) {
            duringLock = timed(() -> dstore.createOrder(body));
        }

        duringLock.assertResult("U", "UNKNOWN_EXCEPTION");
        dstore.createOrder(body).assertResult("S", "SUCCESS");
        assertEquals(1,
                server.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id));
    }
}
