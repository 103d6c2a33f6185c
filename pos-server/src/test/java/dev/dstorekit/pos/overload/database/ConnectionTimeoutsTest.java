package dev.dstorekit.pos.overload.database;

import dev.dstorekit.pos.overload.OverloadSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConnectionTimeoutsTest {

    static final OverloadSettings.DatabaseTimeouts TIMEOUTS = new OverloadSettings.DatabaseTimeouts(
            Duration.ofMillis(1000), Duration.ofMillis(2500), Duration.ofSeconds(30));
    static final OverloadSettings SETTINGS = new OverloadSettings(Duration.ofSeconds(5),
            new OverloadSettings.Limits(10, 100, Duration.ofSeconds(1), Duration.ofMillis(20)),
            new OverloadSettings.Limits(5, 50, Duration.ofSeconds(2), Duration.ofMillis(200)), TIMEOUTS);

    @Test
    void postgresqlSessionsGetLockStatementAndIdleTransactionTimeoutsInMilliseconds() {
        assertEquals(Optional.of(TimeoutDialect.POSTGRESQL), TimeoutDialect.of("jdbc:postgresql://db:5432/pos"));
        assertEquals("SET lock_timeout = 1000; SET statement_timeout = 2500; SET idle_in_transaction_session_timeout = 30000",
                TimeoutDialect.POSTGRESQL.session(TIMEOUTS));
        assertEquals("SET statement_timeout = 0", TimeoutDialect.POSTGRESQL.statementTimeout(Duration.ZERO));
    }

    @Test
    void h2SessionsGetLockAndQueryTimeoutsInMilliseconds() {
        assertEquals(Optional.of(TimeoutDialect.H2), TimeoutDialect.of("jdbc:h2:file:/data/pos-server;MODE=PostgreSQL"));
        assertEquals("SET LOCK_TIMEOUT 1000; SET QUERY_TIMEOUT 2500", TimeoutDialect.H2.session(TIMEOUTS));
        assertEquals("SET QUERY_TIMEOUT 0", TimeoutDialect.H2.statementTimeout(Duration.ZERO));
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        assertEquals(Optional.empty(), TimeoutDialect.of("jdbc:mysql://db/pos"));
    }

    @Test
    void aConfiguredInitStatementRunsAfterTheTimeouts() {
        ConnectionTimeouts timeouts = new ConnectionTimeouts(SETTINGS);

        assertEquals("SET LOCK_TIMEOUT 1000; SET QUERY_TIMEOUT 2500; SET SCHEMA pos",
                timeouts.initSql(TimeoutDialect.H2, "SET SCHEMA pos"));
        assertEquals("SET LOCK_TIMEOUT 1000; SET QUERY_TIMEOUT 2500", timeouts.initSql(TimeoutDialect.H2, null));
    }
}
