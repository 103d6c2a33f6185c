package dev.dstorekit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One of the shipped specs, read from the classpath ({@code openapi/…}) exactly as other modules read it,
 * with JSON Schema validation of values against its component schemas (OpenAPI 3.0 dialect, formats asserted).
 */
final class OpenApiDocument {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OpenApi30.getInstance())
                    .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    final String file;
    final JsonNode root;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private OpenApiDocument(String file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    private static final Map<String, OpenApiDocument> LOADED = new ConcurrentHashMap<>();

    static OpenApiDocument load(String file) {
        return LOADED.computeIfAbsent(file, OpenApiDocument::read);
    }

    private static OpenApiDocument read(String file) {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream("openapi/" + file)) {
            if (in == null) {
                throw new IllegalStateException("openapi/" + file + " is not on the classpath");
            }
            return new OpenApiDocument(file, YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validation messages for {@code value} against {@code #/components/schemas/<name>}; empty when valid. */
    List<String> validate(String schemaName, JsonNode value) {
        JsonSchema schema = schemas.computeIfAbsent(schemaName, name -> FACTORY.getSchema(
                SchemaLocation.of("classpath:openapi/" + file + "#/components/schemas/" + name), CONFIG));
        Set<ValidationMessage> messages = schema.validate(value);
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
    }

    /** {@code Foo} for {@code {"$ref": "#/components/schemas/Foo"}} or {@code "./other.yaml#/components/schemas/Foo"}. */
    static String refName(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        int at = ref.indexOf("#/components/schemas/");
        if (at < 0) {
            throw new IllegalStateException("expected a $ref to a component schema, got " + schema);
        }
        return ref.substring(at + "#/components/schemas/".length());
    }

    /** {@code other.yaml} for a $ref into another spec file, empty for a local one. */
    static java.util.Optional<String> refFile(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        int at = ref.indexOf('#');
        if (at <= 0) {
            return java.util.Optional.empty();
        }
        String file = ref.substring(0, at);
        return java.util.Optional.of(file.startsWith("./") ? file.substring(2) : file);
    }

    /** Every operation as (path, method, operation node). */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                operations.add(new Operation(path.getKey(), method.getKey(), method.getValue()));
            }
        }
        return operations;
    }

    record Operation(String path, String method, JsonNode node) {
        String id() {
            return node.path("operationId").asText();
        }
    }
}
