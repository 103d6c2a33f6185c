package dev.dstorekit.pos.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Another session holding a lock in the server's database, as a long transaction elsewhere would (a catalog replace,
 * an operator's psql): the lock is taken when this is opened and released (rolled back) when it is closed.
 */
public final class HeldLock implements AutoCloseable {

    private final Connection connection;

    private HeldLock(Connection connection) {
        this.connection = connection;
    }

    /** Runs {@code sql} (e.g. {@code SELECT … FOR UPDATE}, {@code LOCK TABLE …}) in a transaction left open. */
    public static HeldLock take(Db db, String sql, Object... params) {
        try {
            Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                statement.execute();
            }
            return new HeldLock(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The row of one store, locked as a merchant's catalog replace locks it for its whole transaction. */
    public static HeldLock storeRow(Db db, String posAccountId, String posStoreId) {
        return take(db, "SELECT * FROM stores WHERE pos_account_id = ? AND pos_store_id = ? FOR UPDATE",
                posAccountId, posStoreId);
    }

    @Override
    public void close() {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("releasing the lock: " + e.getMessage(), e);
        }
    }
}
