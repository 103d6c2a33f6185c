package dev.dstorekit.pos.merchant.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The request body schema of every merchant API operation, from {@code openapi/merchant-api.yaml} on the classpath
 * (its references into the D-Store specs resolve there too). Used where the decoder falls short: it coerces some
 * values of the wrong type silently, and when a body does not decode at all it cannot say where; validating the raw
 * body against the schema names the field ({@code amount.value: string found, integer expected}). Loaded on first use.
 */
@Singleton
public class MerchantRequestSchemas {

    static final String SPEC = "merchant-api.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Operation(String method, Pattern path, JsonSchema schema) {
    }

    private volatile List<Operation> operations;

    /** The first violation of {@code body} for the operation at {@code method path}, naming the field. */
    public Optional<String> firstProblem(String method, String path, byte[] body) {
        return violations(method, path, body).stream().map(MerchantRequestSchemas::describe)
                .min(Comparator.naturalOrder());
    }

    /**
     * The first value of the wrong JSON type (a number where a string belongs, 4.5 where an integer belongs): the
     * decoder would coerce some of these silently (4.5 → 4, true → 1), which an amount must never be.
     */
    public Optional<String> firstTypeProblem(String method, String path, byte[] body) {
        return violations(method, path, body).stream().filter(m -> "type".equals(m.getType()))
                .map(MerchantRequestSchemas::describe).min(Comparator.naturalOrder());
    }

    private Set<ValidationMessage> violations(String method, String path, byte[] body) {
        if (body == null || body.length == 0) {
            return Set.of();
        }
        for (Operation operation : operations()) {
            if (operation.method().equalsIgnoreCase(method) && operation.path().matcher(path).matches()) {
                JsonNode json;
                try {
                    json = JSON.readTree(body);
                } catch (IOException e) {
                    return Set.of();
                }
                return operation.schema().validate(json);
            }
        }
        return Set.of();
    }

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
        String text = message.getMessage();
        String prefix = location.toString();
        String detail = text.startsWith(prefix + ": ") ? text.substring(prefix.length() + 2) : text;
        return (field.length() == 0 ? "request body" : field) + ": " + detail;
    }

    private List<Operation> operations() {
        List<Operation> loaded = operations;
        if (loaded == null) {
            synchronized (this) {
                if (operations == null) {
                    operations = load();
                }
                loaded = operations;
            }
        }
        return loaded;
    }

    private static List<Operation> load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.metaSchema(OpenApi30.getInstance())
                        .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = read().path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            Pattern pattern = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                String ref = method.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema").path("$ref").asText("");
                String location = ref.startsWith("#/") ? "classpath:openapi/" + SPEC + ref
                        : ref.startsWith("./") ? "classpath:openapi/" + ref.substring(2) : null;
                if (location != null) {
                    operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), pattern,
                            factory.getSchema(SchemaLocation.of(location), config)));
                }
            }
        }
        return List.copyOf(operations);
    }

    private static JsonNode read() {
        try (InputStream in = MerchantRequestSchemas.class.getClassLoader().getResourceAsStream("openapi/" + SPEC)) {
            if (in == null) {
                throw new IllegalStateException("openapi/" + SPEC + " is not on the classpath");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
