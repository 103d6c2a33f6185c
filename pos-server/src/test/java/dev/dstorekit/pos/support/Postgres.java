package dev.dstorekit.pos.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL the test command starts ({@code scripts/postgres-up}): DSTORE_TEST_DB_URL / _USER / _PASSWORD,
 * defaulting to jdbc:postgresql://localhost:5432/dstore_test, dstore, dstore. Each test class works in a database
 * of its own, created here with a unique name, so concurrent runs and classes never see each other's rows.
 */
public final class Postgres {

    public static final String URL = env("DSTORE_TEST_DB_URL", "jdbc:postgresql://localhost:5432/dstore_test");
    public static final String USER = env("DSTORE_TEST_DB_USER", "dstore");
    public static final String PASSWORD = env("DSTORE_TEST_DB_PASSWORD", "dstore");

    private Postgres() {
    }

    /** A fresh, empty database; drop it with {@link #drop}. */
    public static Database createDatabase(String purpose) {
        String name = ("pos_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + name);
        return new Database(name, URL.substring(0, URL.lastIndexOf('/') + 1) + name);
    }

    /**
     * Drops the database. An autovacuum worker busy in it cannot be terminated by the test role, so a failed drop is
     * retried for a while and then left behind (a uniquely named leftover harms nobody) rather than failing the class.
     */
    public static void drop(Database database) {
        for (int attempt = 1; ; attempt++) {
            try {
                execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
                return;
            } catch (IllegalStateException e) {
                if (attempt == 10) {
                    System.err.println("could not drop " + database.name() + ": " + e.getMessage());
                    return;
                }
                try {
                    Thread.sleep(300);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Runs a statement on the main test database (e.g. ALTER DATABASE of a per-class one). */
    public static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + URL + " (run scripts/postgres-up): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A per-class database. */
    public record Database(String name, String url) {
    }
}
