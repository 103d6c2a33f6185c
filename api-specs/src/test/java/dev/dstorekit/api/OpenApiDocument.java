package dev.dstorekit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.ValidationMessage;
import dev.dstorekit.api.schema.OpenApiSpec;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One of the shipped specs, read from the classpath ({@code openapi/…}) by the contract's {@link OpenApiSpec} exactly
 * as other modules read it, with what the specs' own tests ask of it.
 */
final class OpenApiDocument {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, OpenApiDocument> LOADED = new ConcurrentHashMap<>();

    final String file;
    final JsonNode root;
    private final OpenApiSpec spec;

    private OpenApiDocument(OpenApiSpec spec) {
        this.spec = spec;
        this.file = spec.file();
        this.root = spec.root();
    }

    static OpenApiDocument load(String file) {
        return LOADED.computeIfAbsent(file, name -> new OpenApiDocument(OpenApiSpec.read(name)));
    }

    /** Validation messages for {@code value} against {@code #/components/schemas/<name>}; empty when valid. */
    List<String> validate(String schemaName, JsonNode value) {
        return spec.validate(schemaName, value).stream().map(ValidationMessage::getMessage).sorted()
                .collect(Collectors.toList());
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
    static Optional<String> refFile(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        int at = ref.indexOf('#');
        if (at <= 0) {
            return Optional.empty();
        }
        String file = ref.substring(0, at);
        return Optional.of(file.startsWith("./") ? file.substring(2) : file);
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
