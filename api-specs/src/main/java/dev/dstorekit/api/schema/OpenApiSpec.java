package dev.dstorekit.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One of the shipped specs, read from the classpath ({@code openapi/<file>}, where the api-specs jar puts them) and
 * validated against as JSON Schema in the OpenAPI 3.0 dialect with formats asserted. Every module validates with this
 * one set-up, so the contract means the same thing to the POS server, the simulator, the suite and the specs' own
 * tests; each caller words the messages its own way. Compiled schemas are kept per instance.
 */
public final class OpenApiSpec {

    /** Where a {@code $ref} to a component schema points inside its file. */
    public static final String COMPONENTS = "#/components/schemas/";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OpenApi30.getInstance())
                    .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));

    private final String file;
    private final JsonNode root;
    private final SchemaValidatorsConfig config;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private OpenApiSpec(String file, JsonNode root, PathType pathType) {
        this.file = file;
        this.root = root;
        this.config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).pathType(pathType).build();
    }

    /** Reads {@code openapi/<file>} from the classpath; messages name instance locations as JSON Pointers (the validator's default). */
    public static OpenApiSpec read(String file) {
        return read(file, PathType.JSON_POINTER);
    }

    /** Reads {@code openapi/<file>} from the classpath; messages name instance locations in {@code pathType}'s notation. */
    public static OpenApiSpec read(String file, PathType pathType) {
        try (InputStream in = OpenApiSpec.class.getClassLoader().getResourceAsStream("openapi/" + file)) {
            if (in == null) {
                throw new IllegalStateException("openapi/" + file + " is not on the classpath (it comes with the api-specs jar)");
            }
            return new OpenApiSpec(file, YAML.readTree(in), pathType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spec's file name, e.g. {@code dstore-pos-api.yaml}. */
    public String file() {
        return file;
    }

    /** The whole document as written. */
    public JsonNode root() {
        return root;
    }

    /** The component schema {@code name} as written; a missing node when the spec has none of that name. */
    public JsonNode componentSchema(String name) {
        return root.path("components").path("schemas").path(name);
    }

    /** How {@code value} breaks {@code #/components/schemas/<schemaName>}; empty when it is valid. */
    public Set<ValidationMessage> validate(String schemaName, JsonNode value) {
        return schemaAt(COMPONENTS + schemaName).validate(value);
    }

    /**
     * The schema a {@code $ref} written in this spec points at: {@code #/…} inside it, {@code ./other.yaml#/…} in a
     * spec beside it (its own references resolve there too).
     */
    public JsonSchema schemaAt(String ref) {
        String location = ref.startsWith("./") ? "classpath:openapi/" + ref.substring(2) : "classpath:openapi/" + file + ref;
        return schemas.computeIfAbsent(location, key -> FACTORY.getSchema(SchemaLocation.of(key), config));
    }
}
