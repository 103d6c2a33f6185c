package dev.dstorekit.simulator.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.PathType;
import com.networknt.schema.ValidationMessage;
import dev.dstorekit.api.schema.OpenApiSpec;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two shipped specs as the source of truth for every body the simulator receives or is answered with:
 * JSON Schema validation (OpenAPI 3.0 dialect, formats asserted) of values against
 * {@code classpath:openapi/<spec>#/components/schemas/<name>}, and the operation behind each path.
 */
@Singleton
public final class SpecSchemas {

    public static final String POS_SPEC = "dstore-pos-api.yaml";
    public static final String PDS_SPEC = "dstore-pds-api.yaml";

    private static final int MAX_FINDINGS = 5;

    private final Map<String, OpenApiSpec> documents = new ConcurrentHashMap<>();
    private final Map<String, SpecOperation> operationsByPath = new HashMap<>();

    public SpecSchemas() {
        for (String spec : List.of(POS_SPEC, PDS_SPEC)) {
            OpenApiSpec document = document(spec);
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.root().path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                JsonNode post = path.getValue().path("post");
                String request = refName(post.path("requestBody").path("content").path("application/json").path("schema"));
                String response = refName(post.path("responses").path("200").path("content").path("application/json").path("schema"));
                operationsByPath.put(path.getKey(), new SpecOperation(spec, path.getKey(),
                        post.path("operationId").asText(), request, response));
            }
        }
    }

    /** The operation served or called on {@code path}, if a spec defines one. */
    public Optional<SpecOperation> operation(String path) {
        return Optional.ofNullable(operationsByPath.get(path));
    }

    /** The component schema node itself, for the vendor extensions ({@code x-dstore-…}) the rules read. */
    public JsonNode schemaNode(String spec, String schemaName) {
        return document(spec).componentSchema(schemaName);
    }

    /** How {@code value} breaks {@code #/components/schemas/<schemaName>} of {@code spec}; empty when it is valid. */
    public List<SchemaFinding> validate(String spec, String schemaName, JsonNode value) {
        return document(spec).validate(schemaName, value).stream()
                .map(SpecSchemas::finding)
                .sorted(Comparator.comparing(SchemaFinding::field).thenComparing(SchemaFinding::problem))
                .distinct()
                .toList();
    }

    /** Any spec on the classpath, read on first use: the two D-Store specs at start-up, others (merchant-api.yaml) when asked. */
    private OpenApiSpec document(String spec) {
        return documents.computeIfAbsent(spec, file -> OpenApiSpec.read(file, PathType.JSON_PATH));
    }

    /** Findings joined for a {@code resultMessage}: the first few, then how many more. */
    public static String describe(List<SchemaFinding> findings) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(MAX_FINDINGS, findings.size()); i++) {
            if (i > 0) {
                text.append("; ");
            }
            text.append(findings.get(i));
        }
        if (findings.size() > MAX_FINDINGS) {
            text.append("; and ").append(findings.size() - MAX_FINDINGS).append(" more");
        }
        return text.toString();
    }

    private static SchemaFinding finding(ValidationMessage message) {
        String location = jsonPath(message.getInstanceLocation().toString());
        if ("required".equals(message.getType()) && message.getProperty() != null) {
            String field = location.isEmpty() ? message.getProperty() : location + "." + message.getProperty();
            return new SchemaFinding(field, "is required");
        }
        JsonNode schema = message.getSchemaNode();
        if ("not".equals(message.getType()) && schema != null && schema.path("description").isTextual()) {
            // a rule the schema states as "not …" (exactly one of store/stores) explains itself in its description
            return new SchemaFinding(location.isEmpty() ? "request body" : location, schema.path("description").asText());
        }
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        if (text.startsWith("$") && colon > 0) {
            text = text.substring(colon + 2);
        }
        return new SchemaFinding(location.isEmpty() ? "request body" : location, text);
    }

    /** {@code $.products[0].type} → {@code products[0].type}; {@code $} → empty. */
    static String jsonPath(String instanceLocation) {
        if (instanceLocation.equals("$")) {
            return "";
        }
        if (instanceLocation.startsWith("$.")) {
            return instanceLocation.substring(2);
        }
        if (instanceLocation.startsWith("$")) {
            return instanceLocation.substring(1);
        }
        return instanceLocation;
    }

    private static String refName(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith(OpenApiSpec.COMPONENTS) ? ref.substring(OpenApiSpec.COMPONENTS.length()) : null;
    }
}
