package dev.dstorekit.simulator.persistence;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The embedded H2 database the sandbox keeps its state in: a file in {@code simulator.data-dir} (the same choice as
 * pos-server's embedded default, {@code WRITE_DELAY=0} so what was answered is on disk when the answer leaves), or,
 * without a data directory, a private in-memory database that lives as long as the application context (tests, one-off
 * runs). Opened when a repository first needs it, so commands that only talk to a running simulator never lock its
 * file. Flyway brings the schema up to date on opening.
 */
@Singleton
public class SandboxDatabase implements AutoCloseable {

    /** The database file's name in the data directory ({@code dstore-simulator.mv.db}). */
    public static final String FILE_NAME = "dstore-simulator";

    private static final Logger LOG = LoggerFactory.getLogger(SandboxDatabase.class);

    /**
     * Data directories open in this JVM: H2 shares a file between the contexts of one process, where two simulators'
     * caches would drift apart unseen; across processes H2's file lock refuses the second.
     */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private final JdbcConnectionPool pool;
    private final String description;
    private final Path file;
    private final AtomicBoolean closed = new AtomicBoolean();

    public SandboxDatabase(@Nullable @Value("${simulator.data-dir:}") String dataDir) {
        boolean inMemory = dataDir == null || dataDir.isBlank();
        file = inMemory ? null : Path.of(dataDir.strip()).toAbsolutePath().normalize().resolve(FILE_NAME);
        if (file != null && !OPEN.add(file)) {
            throw inUse(dataDir);
        }
        String url = inMemory ? "jdbc:h2:mem:" + FILE_NAME + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"
                : "jdbc:h2:file:" + file + ";WRITE_DELAY=0";
        description = inMemory ? "in memory (no simulator.data-dir: forgotten when the simulator stops)" : file + ".mv.db";
        pool = JdbcConnectionPool.create(url, "sa", "");
        try (Connection ignored = pool.getConnection()) {
            Flyway.configure().dataSource(pool).locations("classpath:db/simulator").load().migrate();
        } catch (SQLException e) {
            release();
            throw e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1 ? inUse(dataDir)
                    : new ConfigurationException("simulator.data-dir: cannot open the database " + description + ": " + e.getMessage());
        } catch (RuntimeException e) {
            release();
            throw e;
        }
        LOG.info("Sandbox state: {}", description);
    }

    /** Where the state lives, for people. */
    public String description() {
        return description;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    @PreDestroy
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        if (file == null) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN"); // DB_CLOSE_DELAY=-1 kept it; the context that owned it is gone
            } catch (SQLException e) {
                LOG.debug("Closing the in-memory sandbox database: {}", e.getMessage());
            }
        }
        release();
    }

    private void release() {
        pool.dispose();
        if (file != null) {
            OPEN.remove(file);
        }
    }

    private static ConfigurationException inUse(String dataDir) {
        return new ConfigurationException("simulator.data-dir: " + dataDir + " is in use by a running simulator: "
                + "stop it, give this one its own --data-dir, or reset the running one (POST /control/reset)");
    }
}
