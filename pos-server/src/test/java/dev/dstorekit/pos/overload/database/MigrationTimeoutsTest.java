package dev.dstorekit.pos.overload.database;

import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.pos.support.Postgres;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A migration may run longer than the statement time-out of the request path (on the same pooled connections), and
 * afterwards every pooled connection has the time-outs again, the one that ran the migration included.
 */
class MigrationTimeoutsTest {

    @Test
    void aMigrationOutlastsTheStatementTimeoutAndEveryPooledConnectionHasItAfterwards() throws SQLException {
        Postgres.Database database = Postgres.createDatabase("migration");
        try (PosServer server = PosServer.onPostgres(database, Map.of(
                "pos.overload.database.lock-timeout", "500ms",
                "pos.overload.database.statement-timeout", "1s",
                "datasources.default.maximum-pool-size", 3,
                "flyway.datasources.default.locations", "classpath:db/migration,classpath:db/slow-migration"))) {
            assertEquals(1, server.db().count("SELECT count(*) FROM flyway_schema_history WHERE version = '1000' AND success"));

            DataSource pool = DelegatingDataSource.unwrapDataSource(server.context().getBean(DataSource.class));
            List<Connection> all = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    all.add(pool.getConnection());
                }
                for (Connection connection : all) {
                    assertEquals("1s", show(connection, "statement_timeout"));
                    assertEquals("500ms", show(connection, "lock_timeout"));
                }
            } finally {
                for (Connection connection : all) {
                    connection.close();
                }
            }
        } finally {
            Postgres.drop(database);
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
