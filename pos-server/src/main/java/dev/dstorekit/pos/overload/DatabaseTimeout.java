package dev.dstorekit.pos.overload;

import io.micronaut.core.annotation.Nullable;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises a failure that one of the database time-outs caused: PostgreSQL's {@code 55P03} (lock not available)
 * and {@code 57014} (statement cancelled), H2's time-out exceptions (lock and query time-out), and Hikari's
 * "connection is not available" after the pool's connection-timeout. Such a call ended because the database was busy,
 * not because something is broken, and is counted as shed.
 */
public final class DatabaseTimeout {

    private static final Set<String> TIMEOUT_STATES = Set.of("55P03", "57014", "HYT00");

    private DatabaseTimeout() {
    }

    public static boolean caused(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTimeoutException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && TIMEOUT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
