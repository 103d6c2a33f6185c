package dev.dstorekit.resources;

import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourceLoader;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.io.ResourceLoader;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code dstore.resources} ({@code DSTORE_RESOURCES}): the path of a resources file whose values become an
 * application's own keys, with the lowest precedence of all (below application.yml), so any key set anywhere else
 * wins over it. Each application says which of its keys the file fills ({@link #values}) and registers its subclass
 * as a {@code META-INF/services/io.micronaut.context.env.PropertySourceLoader}.
 *
 * <p>Micronaut asks property source loaders before it has read any configuration, so the path is taken from the
 * property sources the context was built with, then the system property, then the environment variable.
 */
public abstract class ResourcesFileLoader implements PropertySourceLoader {

    public static final String PROPERTY = "dstore.resources";
    public static final String ENVIRONMENT_VARIABLE = "DSTORE_RESOURCES";
    /** Below application.yml (-300) and every other source. */
    static final int ORDER = -400;

    /** The application's keys and the values the file gives them. */
    protected abstract Map<String, Object> values(Resources resources);

    @Override
    public Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
        if (!Environment.DEFAULT_NAME.equals(resourceName)) {
            return Optional.empty();
        }
        return location(resourceLoader).map(this::read);
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
                Object value = source.get(PROPERTY);
                if (value != null) {
                    return Optional.of(value.toString());
                }
            }
        }
        return Optional.ofNullable(System.getProperty(PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(ENVIRONMENT_VARIABLE)))
                .filter(value -> !value.isBlank());
    }

    /** The file at {@code location} as a property source; an unusable file stops start-up naming the setting. */
    public PropertySource read(String location) {
        Resources resources;
        try {
            resources = ResourcesFile.read(Path.of(location.strip()));
        } catch (ResourcesFileException e) {
            throw new ConfigurationException(PROPERTY + " (" + ENVIRONMENT_VARIABLE + "): " + e.getMessage());
        }
        return PropertySource.of("resources file " + location, values(resources), ORDER);
    }
}
