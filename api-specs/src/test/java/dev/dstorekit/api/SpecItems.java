package dev.dstorekit.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything in a spec that can carry evidence, each with the claims it makes: an operation (it exists, the guide
 * requires it, each result code), a component schema (it exists, each enum value, a composition rule) and a property
 * (it exists with its type, it is required, each constraint). A claim is what a reader would build on, so each one
 * must be backed by a quote or owned as an inference.
 */
final class SpecItems {

    /** Constraint keywords a property can state; each is a claim of its own. */
    static final List<String> CONSTRAINTS = List.of("maxLength", "minLength", "minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "pattern", "format", "minItems", "maxItems", "uniqueItems", "enum", "default",
            "minProperties", "maxProperties");
    /** Composition keywords of a schema that add a rule of their own (not a single {@code $ref} wrapper). */
    static final List<String> RULES = List.of("not", "oneOf", "anyOf");

    enum Kind { OPERATION, SCHEMA, PROPERTY }

    record Item(Kind kind, String key, JsonNode node, Set<String> claims) {
        String evidence() {
            return node.path("x-dstore-evidence").asText("");
        }

        String description() {
            return node.path("description").asText("");
        }
    }

    private SpecItems() {
    }

    static List<Item> of(JsonNode spec) {
        List<Item> items = new ArrayList<>();
        for (JsonNode path : iterable(spec.path("paths"))) {
            for (JsonNode operation : iterable(path)) {
                if (!operation.has("operationId")) {
                    continue;
                }
                items.add(new Item(Kind.OPERATION, operation.path("operationId").asText(), operation,
                        operationClaims(operation)));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("components").path("schemas").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            items.add(new Item(Kind.SCHEMA, schema.getKey(), schema.getValue(), schemaClaims(schema.getValue())));
            properties(schema.getKey(), schema.getValue(), items);
        }
        return items;
    }

    private static Set<String> operationClaims(JsonNode operation) {
        Set<String> claims = new LinkedHashSet<>();
        claims.add("operation");
        if (operation.path("x-dstore-required").asBoolean(false)) {
            claims.add("x-dstore-required");
        }
        for (JsonNode code : operation.path("x-dstore-result-codes")) {
            if ("documented".equals(code.path("evidence").asText())) {
                claims.add(resultClaim(code));
            }
        }
        return claims;
    }

    static String resultClaim(JsonNode code) {
        return "result:" + code.path("status").asText() + "/" + code.path("code").asText();
    }

    private static Set<String> schemaClaims(JsonNode schema) {
        Set<String> claims = new LinkedHashSet<>();
        claims.add("schema");
        RULES.stream().filter(schema::has).forEach(claims::add);
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("x-dstore-enum-evidence").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> value = it.next();
            if ("documented".equals(value.getValue().asText())) {
                claims.add("value:" + value.getKey());
            }
        }
        return claims;
    }

    private static void properties(String where, JsonNode schema, List<Item> into) {
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String key = where + "." + property.getKey();
            JsonNode node = property.getValue();
            Set<String> claims = new LinkedHashSet<>();
            claims.add("property");
            if (required.contains(property.getKey())) {
                claims.add("required");
            }
            CONSTRAINTS.stream().filter(node::has).forEach(claims::add);
            if (node.path("additionalProperties").isObject()) {
                claims.add("additionalProperties");
            }
            CONSTRAINTS.stream().filter(node.path("items")::has).forEach(k -> claims.add("items." + k));
            into.add(new Item(Kind.PROPERTY, key, node, claims));
            properties(key, node, into);
            if (node.path("items").has("properties")) {
                properties(key + "[]", node.path("items"), into);
            }
        }
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        node.elements().forEachRemaining(values::add);
        return values;
    }
}
