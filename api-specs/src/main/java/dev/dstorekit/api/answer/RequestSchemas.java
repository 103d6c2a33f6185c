package dev.dstorekit.api.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The request schema of every D-Store operation, straight from the specs on the classpath. When a body does
 * not even decode into the generated model (a string where an integer belongs, deep inside an array), the
 * decoder cannot say where; validating the raw body against the schema can. Loaded on first use, so a healthy
 * server never pays for it.
 */
@Singleton
public class RequestSchemas {

    static final String[] SPECS = {"dstore-pos-api.yaml", "dstore-pds-api.yaml"};

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile Map<String, JsonSchema> byPath;

    /** The first schema violation of {@code body} for the operation at {@code path}, e.g. {@code orderProducts[0].quantity: string found, integer expected}. */
    public Optional<String> firstProblem(String path, byte[] body) {
        JsonSchema schema = schemas().get(path);
        if (schema == null || body == null) {
            return Optional.empty();
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        return schema.validate(json).stream()
                .map(RequestSchemas::describe)
                .min(Comparator.naturalOrder());
    }

    /** {@code orderProducts[0].quantity: string found, integer expected}, whatever path notation the validator used. */
    static String describe(ValidationMessage message) {
        JsonNodePath location = message.getInstanceLocation();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Number) {
                field.append('[').append(element).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(element);
            }
        }
        if ("required".equals(message.getType()) && message.getProperty() != null) {
            // name the missing field itself, as bean validation would: orderProducts[0].quantity: must not be null
            return (field.length() == 0 ? "" : field + ".") + message.getProperty() + ": must not be null";
        }
        String text = message.getMessage();
        String prefix = location.toString();
        String detail = text.startsWith(prefix + ": ") ? text.substring(prefix.length() + 2) : text;
        return (field.length() == 0 ? "request body" : field) + ": " + detail;
    }

    private Map<String, JsonSchema> schemas() {
        Map<String, JsonSchema> loaded = byPath;
        if (loaded == null) {
            synchronized (this) {
                if (byPath == null) {
                    byPath = load();
                }
                loaded = byPath;
            }
        }
        return loaded;
    }

    private static Map<String, JsonSchema> load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        Map<String, JsonSchema> schemas = new HashMap<>();
        for (String spec : SPECS) {
            for (Iterator<Map.Entry<String, JsonNode>> paths = read(spec).path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                String ref = path.getValue().path("post").path("requestBody").path("content")
                        .path("application/json").path("schema").path("$ref").asText("");
                if (ref.startsWith("#/")) {
                    schemas.put(path.getKey(), factory.getSchema(SchemaLocation.of("classpath:openapi/" + spec + ref), config));
                }
            }
        }
        return Map.copyOf(schemas);
    }

    private static JsonNode read(String spec) {
        try (InputStream in = RequestSchemas.class.getClassLoader().getResourceAsStream("openapi/" + spec)) {
            if (in == null) {
                throw new IllegalStateException("openapi/" + spec + " is not on the classpath");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
