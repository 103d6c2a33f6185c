package dev.dstorekit.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Request examples straight from the shipped specs, so tests feed the simulator what the contract shows. */
public final class SpecExamples {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, JsonNode> SPECS = new ConcurrentHashMap<>();

    private SpecExamples() {
    }

    /** A fresh, mutable copy of {@code examples.<name>.value} of the request body of {@code path}. */
    public static ObjectNode request(String spec, String path, String name) {
        JsonNode root = SPECS.computeIfAbsent(spec, SpecExamples::load);
        JsonNode value = root.path("paths").path(path).path("post").path("requestBody").path("content")
                .path("application/json").path("examples").path(name).path("value");
        if (!value.isObject()) {
            throw new IllegalArgumentException("no example " + name + " for " + path + " in " + spec);
        }
        return (ObjectNode) value.deepCopy();
    }

    public static ObjectNode syncProductFullSync() {
        return request("dstore-pos-api.yaml", "/v2/pos/syncProduct", "fullSync");
    }

    public static ObjectNode addStoreHawkerStall() {
        return request("dstore-pds-api.yaml", "/v2/pds/store/addStore", "hawkerStall");
    }

    public static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode load(String spec) {
        try (InputStream in = SpecExamples.class.getClassLoader().getResourceAsStream("openapi/" + spec)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
