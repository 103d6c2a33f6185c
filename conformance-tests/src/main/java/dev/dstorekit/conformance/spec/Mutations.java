package dev.dstorekit.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.conformance.client.Operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives invalid requests from a valid one by walking it together with its schema: for every field present,
 * every constraint the spec puts on it (required, enum, min/max length, minimum, type, format, pattern) gives
 * one violation. A constraint of a shared schema (e.g. {@code Amount.value}) is violated once, at its first
 * occurrence, so the list stays readable. The spec decides what is tested: a new constraint there is a new case here.
 */
public final class Mutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiSpec spec;
    private final Operation operation;
    private final JsonNode valid;
    private final List<Mutation> found = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    private Mutations(ApiSpec spec, Operation operation, JsonNode valid) {
        this.spec = spec;
        this.operation = operation;
        this.valid = valid;
    }

    /** Every single-field violation of {@code valid}, which must be a valid request of {@code operation}. */
    public static List<Mutation> of(ApiSpec spec, Operation operation, JsonNode valid) {
        Mutations mutations = new Mutations(spec, operation, valid);
        mutations.walk(valid, spec.schema(operation.requestSchema()), operation.requestSchema(), "", List.of());
        return List.copyOf(mutations.found);
    }

    public static List<Mutation> of(ApiSpec spec, Operation operation, JsonNode valid, Mutation.Kind kind) {
        return of(spec, operation, valid).stream().filter(m -> m.kind() == kind).toList();
    }

    /** {@code steps} locate {@code node} in the request: field names and array indexes. */
    private void walk(JsonNode node, JsonNode schemaIn, String owner, String path, List<Object> steps) {
        String ref = ApiSpec.refName(schemaIn);
        JsonNode schema = spec.resolve(schemaIn);
        String schemaName = ref != null ? ref : owner;
        if (node.isObject()) {
            JsonNode properties = schema.path("properties");
            for (JsonNode required : schema.path("required")) {
                String name = required.asText();
                if (node.has(name)) {
                    add(Mutation.Kind.MISSING_REQUIRED, schemaName, name, join(path, name), "left out",
                            steps, (parent, key) -> ((ObjectNode) parent).remove((String) key), name);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode propertySchema = properties.path(field.getKey());
                if (!propertySchema.isMissingNode()) {
                    List<Object> next = append(steps, field.getKey());
                    walk(field.getValue(), propertySchema, schemaName + "." + field.getKey(), join(path, field.getKey()), next);
                    constraints(field.getValue(), propertySchema, schemaName, field.getKey(), join(path, field.getKey()), next);
                }
            }
        } else if (node.isArray() && !node.isEmpty()) {
            walk(node.get(0), schema.path("items"), owner + "[]", path + "[0]", append(steps, 0));
        }
    }

    private void constraints(JsonNode value, JsonNode schemaIn, String owner, String name, String path, List<Object> steps) {
        JsonNode schema = spec.resolve(schemaIn);
        String type = schema.path("type").asText("");
        if (schema.has("enum")) {
            replace(Mutation.Kind.ENUM, owner, name, path, "'NOT_IN_THE_ENUM' (not one of " + schema.path("enum") + ")",
                    steps, NODES.textNode("NOT_IN_THE_ENUM"));
        }
        if (type.equals("string")) {
            if (schema.has("maxLength")) {
                int max = schema.path("maxLength").asInt();
                replace(Mutation.Kind.LENGTH, owner, name, path, (max + 1) + " characters (maxLength " + max + ")",
                        steps, NODES.textNode("X".repeat(max + 1)));
            }
            if (schema.path("minLength").asInt(0) > 0) {
                replace(Mutation.Kind.LENGTH, owner, name + "#min", path, "empty string (minLength "
                        + schema.path("minLength").asInt() + ")", steps, NODES.textNode(""));
            }
            if (schema.has("pattern")) {
                String bad = "1".repeat(Math.max(1, Math.min(value.asText().length(), schema.path("maxLength").asInt(8))));
                replace(Mutation.Kind.RANGE_TYPE_OR_FORMAT, owner, name + "#pattern", path, "'" + bad
                        + "' (pattern " + schema.path("pattern").asText() + ")", steps, NODES.textNode(bad));
            }
            if (schema.path("format").asText().equals("date-time")) {
                replace(Mutation.Kind.RANGE_TYPE_OR_FORMAT, owner, name + "#format", path,
                        "'tomorrow at noon' (format date-time)", steps, NODES.textNode("tomorrow at noon"));
            }
        }
        if (type.equals("integer")) {
            if (schema.has("minimum")) {
                long min = schema.path("minimum").asLong();
                replace(Mutation.Kind.RANGE_TYPE_OR_FORMAT, owner, name + "#minimum", path, (min - 1)
                        + " (minimum " + min + ")", steps, NODES.numberNode(min - 1));
            }
            replace(Mutation.Kind.RANGE_TYPE_OR_FORMAT, owner, name + "#type", path,
                    "the string \"two\" (type integer)", steps, NODES.textNode("two"));
        }
        if (type.equals("array") && schema.path("minItems").asInt(0) > 0) {
            replace(Mutation.Kind.LENGTH, owner, name + "#minItems", path, "empty array (minItems "
                    + schema.path("minItems").asInt() + ")", steps, NODES.arrayNode());
        }
    }

    private void replace(Mutation.Kind kind, String owner, String key, String path, String violation,
                         List<Object> steps, JsonNode replacement) {
        Object last = steps.get(steps.size() - 1);
        add(kind, owner, key, path, violation, steps.subList(0, steps.size() - 1), (parent, k) -> {
            if (parent instanceof ObjectNode object) {
                object.set((String) k, replacement);
            } else {
                ((ArrayNode) parent).set((Integer) k, replacement);
            }
        }, last);
    }

    /** Applies {@code change(parent, key)} to a copy of the valid request, at the node {@code parentSteps} leads to. */
    private void add(Mutation.Kind kind, String owner, String key, String path, String violation,
                     List<Object> parentSteps, Change change, Object changedKey) {
        if (!seen.add(kind + " " + owner + "." + key)) {
            return;
        }
        JsonNode copy = valid.deepCopy();
        JsonNode parent = copy;
        for (Object step : parentSteps) {
            parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
        }
        change.apply(parent, changedKey);
        found.add(new Mutation(operation, kind, path, violation, copy));
    }

    @FunctionalInterface
    private interface Change {
        void apply(JsonNode parent, Object key);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static List<Object> append(List<Object> steps, Object step) {
        List<Object> next = new ArrayList<>(steps);
        next.add(step);
        return next;
    }
}
