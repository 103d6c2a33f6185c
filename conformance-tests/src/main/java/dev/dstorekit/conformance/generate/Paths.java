package dev.dstorekit.conformance.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds members of a request by the paths {@link SchemaWalker} names them with. */
final class Paths {

    private static final Pattern STEP = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

    private Paths() {
    }

    /** The member at {@code path} ({@code orderProducts[0].unitPrice.value}), if the request has it. */
    static Optional<JsonNode> find(JsonNode root, String path) {
        if (path.contains("<")) {
            return findMapEntry(root, path);
        }
        JsonNode node = root;
        for (Object step : steps(path)) {
            node = step instanceof Integer i ? node.path(i) : node.path((String) step);
        }
        return node.isMissingNode() ? Optional.empty() : Optional.of(node);
    }

    /** {@code extendInfo.<key 2>}: the i-th key of the map as a text node; {@code <value 2>} its value. */
    private static Optional<JsonNode> findMapEntry(JsonNode root, String path) {
        int marker = path.lastIndexOf(".<");
        Optional<JsonNode> map = find(root, path.substring(0, marker));
        Matcher entry = Pattern.compile("<(key|value) (\\d+)>").matcher(path.substring(marker + 1));
        if (map.isEmpty() || !entry.matches()) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        map.get().fieldNames().forEachRemaining(keys::add);
        int index = Integer.parseInt(entry.group(2));
        if (index >= keys.size()) {
            return Optional.empty();
        }
        String key = keys.get(index);
        return Optional.of(entry.group(1).equals("key") ? TextNode.valueOf(key) : map.get().path(key));
    }

    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        while (m.find()) {
            steps.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
        }
        return steps;
    }
}
