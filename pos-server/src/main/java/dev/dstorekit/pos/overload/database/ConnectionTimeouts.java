package dev.dstorekit.pos.overload.database;

import dev.dstorekit.pos.overload.OverloadSettings;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Gives every pooled connection the lock and statement time-outs of {@code pos.overload.database}, so a lock held
 * elsewhere (a catalog replace holding its store row, an operator's open transaction) ends a call within a second
 * instead of holding it, its connection and its permit for as long as the lock is held. Set once per connection
 * (Hikari's connection-init-sql, before any configured one), not once per transaction: no extra round trip per call.
 */
@Singleton
public class ConnectionTimeouts implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionTimeouts.class);

    private final OverloadSettings settings;

    public ConnectionTimeouts(OverloadSettings settings) {
        this.settings = settings;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration datasource = event.getBean();
        String url = datasource.getUrl();
        Optional<TimeoutDialect> dialect = url == null ? Optional.empty() : TimeoutDialect.of(url);
        if (dialect.isEmpty()) {
            LOG.warn("Datasource {}: no lock or statement time-outs for {} (PostgreSQL and H2 are supported)",
                    datasource.getName(), url);
            return datasource;
        }
        datasource.setConnectionInitSql(initSql(dialect.get(), datasource.getConnectionInitSql()));
        return datasource;
    }

    String initSql(TimeoutDialect dialect, String configured) {
        String ours = dialect.session(settings.database());
        return configured == null || configured.isBlank() ? ours : ours + "; " + configured;
    }
}
