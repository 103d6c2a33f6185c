package dev.dstorekit.pos.overload.database;

import dev.dstorekit.pos.overload.OverloadSettings;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * Migrations run on pooled connections, which carry the request path's statement time-out: a migration that
 * rewrites a large table would be cancelled after a few seconds and stop the server. Each migration runs without a
 * statement time-out, restored when it is done. The lock time-out stays: a migration that cannot get its lock
 * quickly fails (and the start-up with it) rather than queue every order behind it.
 */
@Singleton
@Named("default")
public class MigrationTimeouts implements FlywayConfigurationCustomizer {

    private final OverloadSettings settings;
    private final DatasourceConfiguration datasource;

    public MigrationTimeouts(OverloadSettings settings, @Named("default") DatasourceConfiguration datasource) {
        this.settings = settings;
        this.datasource = datasource;
    }

    @Override
    public String getName() {
        return "default";
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        Optional.ofNullable(datasource.getUrl()).flatMap(TimeoutDialect::of).ifPresent(dialect -> {
            Callback[] configured = configuration.getCallbacks();
            Callback[] callbacks = new Callback[configured.length + 1];
            System.arraycopy(configured, 0, callbacks, 0, configured.length);
            callbacks[configured.length] = new NoStatementTimeout(dialect, settings.database().statementTimeout());
            configuration.callbacks(callbacks);
        });
    }

    /** Lifts the statement time-out before each migration on its connection and restores it after. */
    private record NoStatementTimeout(TimeoutDialect dialect, Duration restored) implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE
                    || event == Event.AFTER_EACH_MIGRATE_ERROR;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            String sql = dialect.statementTimeout(event == Event.BEFORE_EACH_MIGRATE ? Duration.ZERO : restored);
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                if (event != Event.AFTER_EACH_MIGRATE_ERROR) { // a failed PostgreSQL transaction rolls the SET back itself
                    throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
                }
            }
        }

        @Override
        public String getCallbackName() {
            return "no statement time-out during a migration";
        }
    }
}
