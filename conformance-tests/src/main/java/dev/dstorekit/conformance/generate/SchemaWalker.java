package dev.dstorekit.conformance.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.conformance.spec.ApiSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Builds a request by walking its schema in the POS spec: objects by their properties (required ones always,
 * optional ones when the {@link Shape} says so), arrays by their items, maps by their additionalProperties, and
 * every leaf from {@link Leaves} within what the schema states — minLength/maxLength, minimum/maximum (or the
 * bounds of {@code format: int32}), enum, {@code format: date-time}, pattern. Whatever it cannot build (a type,
 * format or pattern it does not know) fails loudly, so a new constraint in the spec is noticed here first.
 */
final class SchemaWalker {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiSpec spec;
    private final Map<String, String> patternValues;

    /**
     * @param patternValues the value to use for each {@code pattern} of the spec (a regular expression cannot be
     *                      walked; the only one in the POS requests is the currency, which the contract fixes anyway)
     */
    SchemaWalker(ApiSpec spec, Map<String, String> patternValues) {
        this.spec = spec;
        this.patternValues = Map.copyOf(patternValues);
    }

    /** A value of the component schema {@code component}. */
    ObjectNode component(String component, Leaves leaves, Shape shape) {
        return (ObjectNode) value(spec.schema(component), "", 0, leaves, shape);
    }

    /** A value of {@code schema} (or the component it refers to) for the member at {@code path}. */
    JsonNode value(JsonNode schemaOrRef, String path, int depth, Leaves leaves, Shape shape) {
        JsonNode schema = spec.resolve(schemaOrRef);
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(v -> values.add(v.asText()));
            return NODES.textNode(leaves.choice(path, values));
        }
        String type = schema.path("type").asText("");
        return switch (type) {
            case "object" -> schema.has("properties") || !schema.has("additionalProperties")
                    ? object(schema, path, depth, leaves, shape)
                    : map(schema, path, depth, leaves, shape);
            case "array" -> array(schema, path, depth, leaves, shape);
            case "string" -> NODES.textNode(string(schema, path, leaves));
            case "integer" -> NODES.numberNode(integer(schema, path, leaves));
            default -> throw unsupported("type '" + type + "'", path);
        };
    }

    private ObjectNode object(JsonNode schema, String path, int depth, Leaves leaves, Shape shape) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        ObjectNode node = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String childPath = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
            if (required.contains(property.getKey()) || shape.present(childPath, node)) {
                node.set(property.getKey(), value(property.getValue(), childPath, depth, leaves, shape));
            }
        }
        return node;
    }

    private ArrayNode array(JsonNode schema, String path, int depth, Leaves leaves, Shape shape) {
        int size = Math.max(schema.path("minItems").asInt(0), shape.items(path, depth));
        if (schema.has("maxItems")) {
            size = Math.min(size, schema.path("maxItems").asInt());
        }
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < size; i++) {
            array.add(value(schema.path("items"), path + "[" + i + "]", depth + 1, leaves, shape));
        }
        return array;
    }

    /** A map's keys are strings without constraints; its values follow additionalProperties. */
    private ObjectNode map(JsonNode schema, String path, int depth, Leaves leaves, Shape shape) {
        ObjectNode map = NODES.objectNode();
        int entries = shape.entries(path);
        for (int i = 0; i < entries; i++) {
            String key = leaves.string(path + ".<key " + i + ">", 0, OptionalInt.empty());
            if (!map.has(key)) {
                map.set(key, value(schema.path("additionalProperties"), path + ".<value " + i + ">", depth, leaves, shape));
            }
        }
        return map;
    }

    private String string(JsonNode schema, String path, Leaves leaves) {
        int min = schema.path("minLength").asInt(0);
        OptionalInt max = schema.has("maxLength") ? OptionalInt.of(schema.path("maxLength").asInt()) : OptionalInt.empty();
        String value;
        if (schema.has("format")) {
            String format = schema.path("format").asText();
            if (!format.equals("date-time")) {
                throw unsupported("format '" + format + "'", path);
            }
            value = leaves.dateTime(path);
        } else if (schema.has("pattern")) {
            String pattern = schema.path("pattern").asText();
            value = patternValues.get(pattern);
            if (value == null) {
                throw unsupported("pattern '" + pattern + "'", path);
            }
        } else {
            value = leaves.string(path, min, max);
        }
        int length = value.codePointCount(0, value.length());
        if (length < min || max.isPresent() && length > max.getAsInt()) {
            throw new IllegalStateException("generator bug: " + path + " got " + length + " code points, the schema allows "
                    + min + "…" + (max.isPresent() ? max.getAsInt() : "∞"));
        }
        return value;
    }

    private long integer(JsonNode schema, String path, Leaves leaves) {
        boolean int32 = schema.path("format").asText("").equals("int32");
        long min = schema.has("minimum") ? schema.path("minimum").asLong() : int32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = schema.has("maximum") ? schema.path("maximum").asLong() : int32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        if (schema.path("exclusiveMinimum").asBoolean(false)) {
            min++;
        }
        if (schema.path("exclusiveMaximum").asBoolean(false)) {
            max--;
        }
        long value = leaves.integer(path, min, max);
        if (value < min || value > max) {
            throw new IllegalStateException("generator bug: " + path + " got " + value + ", the schema allows " + min + "…" + max);
        }
        return value;
    }

    private static IllegalStateException unsupported(String what, String path) {
        return new IllegalStateException("the request generator cannot build " + what + " (at " + path + " in "
                + ApiSpec.FILE + "); teach dev.dstorekit.conformance.generate to build it");
    }
}
