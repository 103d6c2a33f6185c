package dev.dstorekit.pos.overload.database;

import dev.dstorekit.pos.overload.OverloadSettings;

import java.time.Duration;
import java.util.Optional;

/**
 * How each supported database is told its time-outs, per session. PostgreSQL takes milliseconds for
 * {@code lock_timeout}, {@code statement_timeout} and {@code idle_in_transaction_session_timeout}; H2 has
 * {@code LOCK_TIMEOUT} and {@code QUERY_TIMEOUT} in milliseconds and nothing for an idle transaction.
 */
enum TimeoutDialect {

    POSTGRESQL {
        @Override
        String session(OverloadSettings.DatabaseTimeouts timeouts) {
            return "SET lock_timeout = " + ms(timeouts.lockTimeout())
                    + "; SET statement_timeout = " + ms(timeouts.statementTimeout())
                    + "; SET idle_in_transaction_session_timeout = " + ms(timeouts.idleInTransactionTimeout());
        }

        @Override
        String statementTimeout(Duration timeout) {
            return "SET statement_timeout = " + ms(timeout);
        }
    },

    H2 {
        @Override
        String session(OverloadSettings.DatabaseTimeouts timeouts) {
            return "SET LOCK_TIMEOUT " + ms(timeouts.lockTimeout()) + "; SET QUERY_TIMEOUT " + ms(timeouts.statementTimeout());
        }

        @Override
        String statementTimeout(Duration timeout) {
            return "SET QUERY_TIMEOUT " + ms(timeout);
        }
    };

    /** The statements that give a new connection its time-outs. */
    abstract String session(OverloadSettings.DatabaseTimeouts timeouts);

    /** The statement that sets this session's statement time-out; zero means none. */
    abstract String statementTimeout(Duration timeout);

    static Optional<TimeoutDialect> of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return Optional.of(POSTGRESQL);
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.of(H2);
        }
        return Optional.empty();
    }

    private static long ms(Duration duration) {
        return duration.toMillis();
    }
}
