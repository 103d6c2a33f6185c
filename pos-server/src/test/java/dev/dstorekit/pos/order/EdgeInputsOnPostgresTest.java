package dev.dstorekit.pos.order;

import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.pos.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** {@link EdgeInputsContract} on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EdgeInputsOnPostgresTest extends EdgeInputsContract {

    Postgres.Database database;
    PosServer server;

    @BeforeAll
    void start() {
        database = Postgres.createDatabase("edge");
        server = PosServer.onPostgres(database, Map.of("pos.outbox.enabled", "false"));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        Postgres.drop(database);
    }

    @Override
    PosServer server() {
        return server;
    }
}
