package dev.dstorekit.conformance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database for one run of the reference POS server, on the server the build's tests use:
 * DSTORE_TEST_DB_URL / _USER / _PASSWORD, defaulting to what {@code scripts/postgres-up} sets up
 * (jdbc:postgresql://localhost:5432/dstore_test, dstore, dstore). Dropped on close.
 *
 * @param name     the database's name
 * @param url      its JDBC URL
 * @param user     the role
 * @param password the role's password
 */
record PostgresDatabase(String name, String url, String user, String password) implements AutoCloseable {

    private static final String URL = env("DSTORE_TEST_DB_URL", "jdbc:postgresql://localhost:5432/dstore_test");
    private static final String USER = env("DSTORE_TEST_DB_USER", "dstore");
    private static final String PASSWORD = env("DSTORE_TEST_DB_PASSWORD", "dstore");

    static PostgresDatabase create(String purpose) {
        String name = ("conformance_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + name);
        return new PostgresDatabase(name, URL.substring(0, URL.lastIndexOf('/') + 1) + name, USER, PASSWORD);
    }

    /** Drops the database; one an autovacuum worker still holds is left behind after a few tries (its name is unique). */
    @Override
    public void close() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            try {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                return;
            } catch (IllegalStateException e) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        System.err.println("could not drop " + name);
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + URL + " (run scripts/postgres-up, or set DSTORE_TEST_DB_URL): "
                    + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
