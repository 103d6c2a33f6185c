package dev.dstorekit.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds schema properties that don't say whether D-Store documents them ({@code x-dstore-evidence}),
 * and inferred ones that don't say why. POS teams rely on the difference to know what may change.
 */
final class EvidenceTags {

    private EvidenceTags() {
    }

    static List<String> problems(JsonNode componentSchemas) {
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = componentSchemas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            visitSchema(schema.getKey(), schema.getValue(), problems);
        }
        return problems;
    }

    private static void visitSchema(String where, JsonNode schema, List<String> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String path = where + "." + property.getKey();
            JsonNode node = property.getValue();
            String evidence = node.path("x-dstore-evidence").asText("");
            if (!evidence.equals("documented") && !evidence.equals("inferred")) {
                problems.add(path + ": x-dstore-evidence must be documented or inferred, is '" + evidence + "'");
            } else if (evidence.equals("inferred") && node.path("description").asText("").isBlank()) {
                problems.add(path + ": inferred without a reason in its description");
            }
            visitSchema(path, node, problems);
        }
        if (schema.path("items").isObject()) {
            visitSchema(where + "[]", schema.path("items"), problems);
        }
        if (schema.path("additionalProperties").isObject()) {
            visitSchema(where + "{}", schema.path("additionalProperties"), problems);
        }
    }
}
