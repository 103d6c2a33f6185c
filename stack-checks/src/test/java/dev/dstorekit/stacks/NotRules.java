package dev.dstorekit.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code not} rules of a spec's schemas, compared between two versions: openapi-diff does not look at {@code not}
 * at all, and the specs use it for rules no generator models (pds addStore: exactly one of {@code store} or
 * {@code stores}; inquireOrderDetail: an {@code S} answer carries {@code posOrderId} and {@code orderStatus}).
 *
 * <p>A rule added to a schema refuses what the released version accepted, a rule removed accepts what it refused,
 * and a changed rule may do either. So an added rule breaks callers where the schema is read in a request, a removed
 * one breaks servers' readers there and callers where it is read in an answer, and a changed one counts everywhere
 * the schema is read. A schema no operation reaches (the decoded ruleData models) counts as read on both sides.
 */
final class NotRules {

    private enum Side { REQUEST, ANSWER }

    private NotRules() {
    }

    static List<String> changes(OpenAPI before, OpenAPI after) {
        Map<String, String> was = rules(before);
        Map<String, String> is = rules(after);
        Map<String, Set<Side>> readBefore = sides(before);
        Map<String, Set<Side>> readAfter = sides(after);
        Set<String> locations = new TreeSet<>(was.keySet());
        locations.addAll(is.keySet());
        List<String> lines = new ArrayList<>();
        for (String location : locations) {
            String schema = location.split("[.\\[]", 2)[0];
            String old = was.get(location);
            String now = is.get(location);
            if (Objects.equals(old, now)) {
                continue;
            }
            if (old == null) {
                if (read(readAfter, schema).contains(Side.REQUEST)) {
                    lines.add(location + ": `not` rule added, refusing requests the released version accepted (breaks callers)");
                }
            } else if (now == null) {
                Set<Side> sides = read(readBefore, schema);
                if (sides.contains(Side.REQUEST)) {
                    lines.add(location + ": `not` rule removed, accepting requests the released version refused (breaks servers)");
                }
                if (sides.contains(Side.ANSWER)) {
                    lines.add(location + ": `not` rule removed, allowing answers the released version ruled out (breaks callers)");
                }
            } else {
                Set<Side> sides = read(readAfter, schema);
                sides.addAll(read(readBefore, schema));
                if (sides.contains(Side.REQUEST)) {
                    lines.add(location + ": `not` rule changed in a request (breaks callers)");
                    lines.add(location + ": `not` rule changed in a request (breaks servers)");
                }
                if (sides.contains(Side.ANSWER)) {
                    lines.add(location + ": `not` rule changed in an answer (breaks callers)");
                }
            }
        }
        return lines;
    }

    private static Set<Side> read(Map<String, Set<Side>> sides, String schema) {
        Set<Side> read = sides.get(schema);
        return read == null ? EnumSet.allOf(Side.class) : EnumSet.copyOf(read);
    }

    /** Every {@code not} rule of the component schemas, by where it is ({@code Schema.property[]...}), as JSON. */
    private static Map<String, String> rules(OpenAPI api) {
        Map<String, String> rules = new TreeMap<>();
        components(api).forEach((name, schema) -> collect(name, schema, rules));
        return rules;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void collect(String at, Schema schema, Map<String, String> rules) {
        if (schema == null) {
            return;
        }
        if (schema.getNot() != null) {
            rules.put(at, meaning(schema.getNot()));
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> collect(at + "." + name, property, rules));
        }
        collect(at + "[]", schema.getItems(), rules);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            collect(at + ".*", additional, rules);
        }
        for (String kind : List.of("allOf", "anyOf", "oneOf")) {
            List<Schema> parts = parts(schema, kind);
            for (int i = 0; i < parts.size(); i++) {
                collect(at + "." + kind + "[" + i + "]", parts.get(i), rules);
            }
        }
    }

    /** The rule without its annotations: a description or an {@code x-} tag changes no verdict. */
    @SuppressWarnings("rawtypes")
    private static String meaning(Schema rule) {
        JsonNode json = Json.mapper().valueToTree(rule);
        stripAnnotations(json);
        return json.toString();
    }

    private static void stripAnnotations(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("description");
            object.remove("extensions");
            List<String> tags = new ArrayList<>();
            object.fieldNames().forEachRemaining(name -> {
                if (name.startsWith("x-")) {
                    tags.add(name);
                }
            });
            object.remove(tags);
        }
        node.forEach(NotRules::stripAnnotations);
    }

    /** For each component schema, whether operations read it in requests, in answers, or both. */
    @SuppressWarnings("rawtypes")
    private static Map<String, Set<Side>> sides(OpenAPI api) {
        Map<String, Set<Side>> sides = new HashMap<>();
        Map<String, Schema> components = components(api);
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
                if (op.getRequestBody() != null) {
                    reach(op.getRequestBody().getContent(), Side.REQUEST, components, sides);
                }
                if (op.getResponses() != null) {
                    op.getResponses().values().forEach(response -> reach(response.getContent(), Side.ANSWER, components, sides));
                }
            }));
        }
        return sides;
    }

    @SuppressWarnings("rawtypes")
    private static void reach(Content content, Side side, Map<String, Schema> components, Map<String, Set<Side>> sides) {
        if (content != null) {
            content.values().forEach(media -> reach(media.getSchema(), side, components, sides));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void reach(Schema schema, Side side, Map<String, Schema> components, Map<String, Set<Side>> sides) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (sides.computeIfAbsent(name, n -> EnumSet.noneOf(Side.class)).add(side)) {
                reach(components.get(name), side, components, sides);
            }
            return;
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(p -> reach(p, side, components, sides));
        }
        reach(schema.getItems(), side, components, sides);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            reach(additional, side, components, sides);
        }
        for (String kind : List.of("allOf", "anyOf", "oneOf")) {
            parts(schema, kind).forEach(part -> reach(part, side, components, sides));
        }
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> parts(Schema schema, String kind) {
        List<Schema> parts = switch (kind) {
            case "allOf" -> schema.getAllOf();
            case "anyOf" -> schema.getAnyOf();
            default -> schema.getOneOf();
        };
        return parts == null ? List.of() : parts;
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> components(OpenAPI api) {
        return api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of() : api.getComponents().getSchemas();
    }
}
