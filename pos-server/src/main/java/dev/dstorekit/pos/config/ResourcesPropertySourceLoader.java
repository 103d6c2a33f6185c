package dev.dstorekit.pos.config;

import dev.dstorekit.resources.Resources;
import dev.dstorekit.resources.ResourcesFile;
import dev.dstorekit.resources.ResourcesFileException;
import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourceLoader;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.io.ResourceLoader;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code dstore.resources} ({@code DSTORE_RESOURCES}): the path of a resources file (the integration guide's resource
 * table, see api-specs' {@code dev.dstorekit.resources}) whose values become the server's keys: {@code dstore.client-id},
 * {@code dstore.public-key}, {@code dstore.gateway-url} and {@code pos.private-key}. The file's source has the lowest
 * precedence of all, below application.yml, so any key set anywhere else wins over it. Merchants and stores
 * ({@code pos.merchants}) stay in the server's configuration: they carry API tokens and options the file has not.
 *
 * <p>Micronaut asks property source loaders before it has read any configuration, so the path is taken from the
 * property sources the context was built with, then the system property, then the environment variable.
 */
public class ResourcesPropertySourceLoader implements PropertySourceLoader {

    public static final ConfigKey RESOURCES = new ConfigKey("dstore.resources");
    /** Below application.yml (-300) and every other source. */
    static final int ORDER = -400;

    @Override
    public Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
        if (!Environment.DEFAULT_NAME.equals(resourceName)) {
            return Optional.empty();
        }
        return location(resourceLoader).map(ResourcesPropertySourceLoader::read);
    }

    @Override
    public Optional<PropertySource> loadEnv(String resourceName, ResourceLoader resourceLoader,
                                            ActiveEnvironment activeEnvironment) {
        return Optional.empty();
    }

    @Override
    public Map<String, Object> read(String name, InputStream input) {
        return Map.of();
    }

    @Override
    public Set<String> getExtensions() {
        return Set.of();
    }

    private static Optional<String> location(ResourceLoader resourceLoader) {
        if (resourceLoader instanceof Environment environment) {
            for (PropertySource source : environment.getPropertySources()) {
                Object value = source.get(RESOURCES.name());
                if (value != null) {
                    return Optional.of(value.toString());
                }
            }
        }
        return Optional.ofNullable(System.getProperty(RESOURCES.name()))
                .or(() -> Optional.ofNullable(System.getenv(RESOURCES.environmentVariable())))
                .filter(value -> !value.isBlank());
    }

    static PropertySource read(String location) {
        Resources resources;
        try {
            resources = ResourcesFile.read(Path.of(location.strip()));
        } catch (ResourcesFileException e) {
            throw new ConfigurationException(RESOURCES.name() + " (" + RESOURCES.environmentVariable() + "): "
                    + e.getMessage());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(ServerSettingsFactory.CLIENT_ID.name(), resources.dstore().clientId());
        values.put(ServerSettingsFactory.DSTORE_PUBLIC_KEY.name(), resources.dstore().publicKey());
        values.put(ServerSettingsFactory.GATEWAY_URL.name(), resources.dstore().gatewayEndpoint().toString());
        values.put(ServerSettingsFactory.POS_PRIVATE_KEY.name(), resources.pos().privateKey());
        return PropertySource.of("resources file " + location, values, ORDER);
    }
}
