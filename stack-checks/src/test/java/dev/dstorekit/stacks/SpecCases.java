package dev.dstorekit.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What every generated stack must read and write back unchanged: each example of the POS and pds specs, and each
 * {@code ruleData} of the pds examples decoded with its scene's schema (the string itself is opaque to a generator);
 * plus the probes that show what a generator does with input the spec allows to appear later.
 */
final class SpecCases {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, String> SPECS = Map.of("pos", "dstore-pos-api.yaml", "pds", "dstore-pds-api.yaml");

    /** A value one generated model reads ({@code array}: a list of them) and writes back. */
    record Case(String id, Kind kind, String spec, String schema, boolean array, JsonNode value) {
    }

    enum Kind {
        /** a spec example: must come back unchanged */
        EXAMPLE,
        /** a decoded ruleData: must come back unchanged */
        RULE_DATA,
        /** a request with a field a later version may add: the spec says readers ignore it */
        UNKNOWN_FIELD,
        /** a request with an enum value a later version may add */
        UNKNOWN_ENUM_VALUE
    }

    private SpecCases() {
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (String spec : List.of("pos", "pds")) {
            JsonNode root = read(spec);
            for (Example example : examples(root)) {
                cases.add(new Case(spec + " " + example.label(), Kind.EXAMPLE, spec, example.schema(), false, example.value()));
                ruleData(root, example, spec, cases);
            }
        }
        cases.addAll(probes());
        return cases;
    }

    static long count(List<Case> cases, Kind kind) {
        return cases.stream().filter(c -> c.kind() == kind).count();
    }

    private static List<Case> probes() {
        Example create = examples(read("pos")).stream()
                .filter(e -> e.label().startsWith("createOrder request")).findFirst().orElseThrow();
        ObjectNode withField = create.value().deepCopy();
        withField.put("loyaltyTier", "GOLD");
        ObjectNode withValue = create.value().deepCopy();
        withValue.put("orderChannel", "SHOPEEFOOD");
        return List.of(
                new Case("pos createOrder request with an unknown field", Kind.UNKNOWN_FIELD, "pos", create.schema(), false, withField),
                new Case("pos createOrder request with orderChannel SHOPEEFOOD", Kind.UNKNOWN_ENUM_VALUE, "pos", create.schema(), false, withValue));
    }

    /** The value a case should come back as: a spec example unchanged, a probe without what the model cannot hold. */
    static JsonNode expected(Case c) {
        if (c.kind() == Kind.UNKNOWN_FIELD) {
            ObjectNode without = c.value().deepCopy();
            without.remove("loyaltyTier");
            return without;
        }
        return c.value();
    }

    private record Example(String label, String schema, JsonNode value) {
    }

    private static List<Example> examples(JsonNode root) {
        List<Example> all = new ArrayList<>();
        root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            JsonNode op = method.getValue();
            String id = op.path("operationId").asText();
            collect(root, id + " request", resolve(root, op.path("requestBody")), all);
            op.path("responses").properties().forEach(response ->
                    collect(root, id + " response " + response.getKey(), resolve(root, response.getValue()), all));
        }));
        return all;
    }

    private static void collect(JsonNode root, String label, JsonNode body, List<Example> into) {
        JsonNode media = body.path("content").path("application/json");
        String ref = media.path("schema").path("$ref").asText("");
        if (ref.isEmpty()) {
            return;
        }
        String schema = ref.substring(ref.lastIndexOf('/') + 1);
        if (media.has("example")) {
            into.add(new Example(label + " example", schema, media.get("example")));
        }
        media.path("examples").properties().forEach(example ->
                into.add(new Example(label + " " + example.getKey(), schema, resolve(root, example.getValue()).path("value"))));
    }

    /** Each {@code ruleData} next to a {@code scene}, decoded, as a case of the schema named for the scene. */
    private static void ruleData(JsonNode root, Example example, String spec, List<Case> into) {
        JsonNode schemas = root.path("components").path("schemas");
        JsonNode mapping = schemas.path("BusinessRule").path("x-dstore-rule-data-schemas");
        walk(example.value(), node -> {
            if (node.isObject() && node.path("scene").isTextual() && node.path("ruleData").isTextual()) {
                String scene = node.path("scene").asText();
                JsonNode schema = schemas.path(mapping.path(scene).asText());
                boolean array = "array".equals(schema.path("type").asText());
                String model = array ? refName(schema.path("items")) : mapping.path(scene).asText();
                into.add(new Case(spec + " " + example.label() + " ruleData " + scene + " #" + into.size(),
                        Kind.RULE_DATA, spec, model, array, decode(node.path("ruleData").asText())));
            }
        });
    }

    private static JsonNode decode(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String refName(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static void walk(JsonNode node, Consumer<JsonNode> visit) {
        visit.accept(node);
        node.elements().forEachRemaining(child -> walk(child, visit));
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : node;
    }

    private static JsonNode read(String spec) {
        try {
            return YAML.readTree(StackPaths.specs().resolve(SPECS.get(spec)).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
