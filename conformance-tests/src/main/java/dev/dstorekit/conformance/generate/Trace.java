package dev.dstorekit.conformance.generate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The leaves a generated request has at an edge, each with what makes it an edge, in the order they were built. */
final class Trace {

    private final Map<String, String> labels = new LinkedHashMap<>();

    void add(String path, String label) {
        labels.put(path, label);
    }

    /**
     * {@code orderProducts[0].name: 255 code points (510 UTF-16 units, 1020 UTF-8 bytes), non-BMP}, for each edge
     * leaf still in {@code body} (contract rules may have removed some), measured on its final value.
     */
    List<EdgeLeaf> edges(JsonNode body) {
        List<EdgeLeaf> edges = new ArrayList<>();
        labels.forEach((path, label) -> Paths.find(body, path).ifPresent(value -> edges.add(new EdgeLeaf(path,
                (value.isTextual() ? EdgeStrings.describe(value.asText()) : value.toString())
                        + (label.isEmpty() ? "" : ", " + label)))));
        return edges;
    }
}
