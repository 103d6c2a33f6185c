package dev.dstorekit.api.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.dstorekit.api.schema.OpenApiSpec;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The request schema of every D-Store operation, straight from the specs on the classpath. When a body does
 * not even decode into the generated model (a string where an integer belongs, deep inside an array), the
 * decoder cannot say where; validating the raw body against the schema can. Loaded on first use or by
 * {@link #warmUp()}. One instance per set of specs; the bean covers the D-Store APIs.
 */
@Singleton
public class RequestSchemas {

    static final String[] DSTORE_SPECS = {"dstore-pos-api.yaml", "dstore-pds-api.yaml"};

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Operation(String method, Pattern path, JsonSchema schema, boolean bodyRequired) {
    }

    private final List<String> specs;
    private volatile List<Operation> operations;

    /** The D-Store APIs' request schemas. */
    @Inject
    public RequestSchemas() {
        this(DSTORE_SPECS);
    }

    /** The request schemas of these specs (files under {@code openapi/} on the classpath; refs between them resolve). */
    public RequestSchemas(String... specs) {
        this.specs = List.of(specs);
    }

    /**
     * Loads and compiles the schemas now instead of on the first request that needs them: a server calls this on a
     * background thread once it listens, so the first call is not the one that pays. A request arriving meanwhile waits
     * for the same load.
     */
    public void warmUp() {
        operations();
    }

    /** The first schema violation of a POST {@code body} to {@code path}, e.g. {@code orderProducts[0].quantity: string found, integer expected}. */
    public Optional<String> firstProblem(String path, byte[] body) {
        return firstProblem("POST", path, body);
    }

    /** The first schema violation of {@code body} for the operation at {@code method path}, naming the field. */
    public Optional<String> firstProblem(String method, String path, byte[] body) {
        return first(violations(method, path, body));
    }

    /**
     * The first schema violation of a body already parsed to {@code tree}, for the operation at {@code method path}:
     * what the request filter uses, so the tree it validates is the one the controller's model is bound from.
     */
    public Optional<String> firstProblem(String method, String path, JsonNode tree) {
        return first(violations(method, path, tree));
    }

    /** Whether the operation at {@code method path} declares its request body {@code required}. */
    public boolean bodyRequired(String method, String path) {
        return operation(method, path).map(Operation::bodyRequired).orElse(false);
    }

    /**
     * The first value of the wrong JSON type (4.5 where an integer belongs, a number where a string belongs): the
     * decoder would coerce some of these silently (4.5 → 4, true → 1), which an amount must never be.
     */
    public Optional<String> firstTypeProblem(String method, String path, byte[] body) {
        return first(violations(method, path, body).stream().filter(m -> "type".equals(m.getType())).toList());
    }

    private static Optional<String> first(Collection<ValidationMessage> violations) {
        return violations.stream().map(RequestSchemas::describe).min(Comparator.naturalOrder());
    }

    private Set<ValidationMessage> violations(String method, String path, byte[] body) {
        if (body == null || body.length == 0) {
            return Set.of();
        }
        try {
            return violations(method, path, JSON.readTree(body));
        } catch (IOException e) {
            return Set.of(); // not JSON: the decoder's own answer says so
        }
    }

    private Set<ValidationMessage> violations(String method, String path, JsonNode tree) {
        return operation(method, path).map(operation -> operation.schema().validate(tree)).orElse(Set.of());
    }

    private Optional<Operation> operation(String method, String path) {
        for (Operation operation : operations()) {
            if (operation.method().equalsIgnoreCase(method) && operation.path().matcher(path).matches()) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }

    /** {@code orderProducts[0].quantity: string found, integer expected}, whatever path notation the validator used. */
    public static String describe(ValidationMessage message) {
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
        JsonNode schema = message.getSchemaNode();
        if ("not".equals(message.getType()) && schema != null && schema.path("description").isTextual()) {
            // a rule the schema states as "not …" (exactly one of store/stores) explains itself in its description
            return (field.length() == 0 ? "request body" : field) + ": " + schema.path("description").asText();
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

    private List<Operation> load() {
        List<Operation> loaded = new ArrayList<>();
        for (String file : specs) {
            OpenApiSpec spec = OpenApiSpec.read(file);
            for (Iterator<Map.Entry<String, JsonNode>> paths = spec.root().path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                Pattern pattern = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
                for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                    Map.Entry<String, JsonNode> method = methods.next();
                    JsonNode requestBody = method.getValue().path("requestBody");
                    String ref = requestBody.path("content").path("application/json").path("schema").path("$ref")
                            .asText("");
                    if (ref.startsWith("#/") || ref.startsWith("./")) {
                        loaded.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), pattern, spec.schemaAt(ref),
                                requestBody.path("required").asBoolean(false)));
                    }
                }
            }
        }
        return List.copyOf(loaded);
    }
}
