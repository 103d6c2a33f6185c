package dev.dstorekit.pos.config;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.nio.file.Path;

/**
 * The embedded database lives in {@code ${pos.data-dir}}, and H2 refuses a file path relative to the working
 * directory unless it starts with {@code ./} ("implicitly relative"): {@code POS_DATA_DIR=data} or
 * {@code target/x} would stop the server at start-up. The file path of an {@code jdbc:h2:file:} URL is made absolute
 * (against the working directory, as the user meant it) before the pool opens it.
 */
@Singleton
public class EmbeddedDatabasePath implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final String H2_FILE = "jdbc:h2:file:";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration datasource = event.getBean();
        String url = datasource.getUrl();
        if (url != null) {
            datasource.setUrl(absolute(url));
        }
        return datasource;
    }

    /** {@code jdbc:h2:file:data/pos;MODE=…} → {@code jdbc:h2:file:/work/data/pos;MODE=…}; any other URL unchanged. */
    static String absolute(String url) {
        if (!url.startsWith(H2_FILE)) {
            return url;
        }
        int settings = url.indexOf(';');
        String file = settings < 0 ? url.substring(H2_FILE.length()) : url.substring(H2_FILE.length(), settings);
        if (file.startsWith("~") || Path.of(file).isAbsolute()) {
            return url;
        }
        return H2_FILE + Path.of(file).toAbsolutePath().normalize() + (settings < 0 ? "" : url.substring(settings));
    }
}
