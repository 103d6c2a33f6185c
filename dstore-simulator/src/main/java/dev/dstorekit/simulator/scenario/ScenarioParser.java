package dev.dstorekit.simulator.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dstorekit.api.pos.model.DeliveryProvider;
import dev.dstorekit.api.pos.model.OrderChannel;
import dev.dstorekit.api.pos.model.ServiceType;
import dev.dstorekit.simulator.fault.FaultRule;
import dev.dstorekit.simulator.generate.OrderProfile;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.dstorekit.simulator.scenario.ScenarioValues.duration;
import static dev.dstorekit.simulator.scenario.ScenarioValues.enums;
import static dev.dstorekit.simulator.scenario.ScenarioValues.value;

/**
 * Reads scenario YAML: a name, a description, the orders (each with its flow of steps, read by {@link StepParser})
 * or a rush, and faults; durations are {@code 30s}, {@code 5m}, {@code 250ms}. Errors name the file and the place.
 */
public final class ScenarioParser {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_LEVEL = Set.of("name", "description", "clockSpeed", "orders", "rush", "faults");

    private ScenarioParser() {
    }

    public static Scenario parse(InputStream in, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (IOException e) {
            throw new ScenarioException(source + ": not valid YAML: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioException(source + ": expected a mapping with name, description and orders or rush");
        }
        for (Iterator<String> fields = root.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!TOP_LEVEL.contains(field)) {
                throw new ScenarioException(source + ": unknown key '" + field + "' (expected " + TOP_LEVEL + ")");
            }
        }
        String name = text(root, "name", source);
        String description = root.path("description").asText("");
        Double clockSpeed = root.has("clockSpeed") ? root.get("clockSpeed").asDouble() : null;
        if (clockSpeed != null && !(clockSpeed > 0)) {
            throw new ScenarioException(source + ": clockSpeed must be above 0");
        }
        List<OrderTemplate> orders = new ArrayList<>();
        JsonNode ordersNode = root.path("orders");
        for (int i = 0; i < ordersNode.size(); i++) {
            orders.add(template(ordersNode.get(i), source + ": orders[" + i + "]"));
        }
        Rush rush = root.has("rush") ? rush(root.get("rush"), source + ": rush") : null;
        if (orders.isEmpty() == (rush == null)) {
            throw new ScenarioException(source + ": needs either orders or rush (not both)");
        }
        List<FaultRule> faults = new ArrayList<>();
        for (JsonNode fault : root.path("faults")) {
            try {
                faults.add(FaultRule.parse(fault.asText()));
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(source + ": faults: " + e.getMessage());
            }
        }
        return new Scenario(name, description, clockSpeed, List.copyOf(orders), rush, List.copyOf(faults), source);
    }

    private static OrderTemplate template(JsonNode node, String where) {
        String name = node.path("name").asText("order");
        int count = node.path("count").asInt(1);
        if (count < 1 || count > 10_000) {
            throw new ScenarioException(where + ".count: between 1 and 10000");
        }
        List<OrderChannel> channels = enums(node.path("channels"), where + ".channels", OrderChannel::fromValue);
        List<ServiceType> serviceTypes = enums(node.path("serviceTypes"), where + ".serviceTypes", ServiceType::fromValue);
        DeliveryProvider provider = node.has("deliveryProvider")
                ? value(node.get("deliveryProvider").asText(), where + ".deliveryProvider", DeliveryProvider::fromValue) : null;
        OrderProfile profile = new OrderProfile(channels, serviceTypes, provider, node.path("minUnits").asInt(1));
        JsonNode flowNode = node.path("flow");
        if (!flowNode.isArray() || flowNode.isEmpty()) {
            throw new ScenarioException(where + ".flow: a list of steps starting with create");
        }
        List<Step> flow = new ArrayList<>();
        for (int i = 0; i < flowNode.size(); i++) {
            flow.add(StepParser.parse(flowNode.get(i), where + ".flow[" + i + "]"));
        }
        int create = 0;
        while (create < flow.size() && (flow.get(create) instanceof Step.Merchant || flow.get(create) instanceof Step.Wait)) {
            create++;
        }
        if (create == flow.size() || !(flow.get(create) instanceof Step.Create)
                || flow.subList(create + 1, flow.size()).stream().anyMatch(step -> step instanceof Step.Create)) {
            throw new ScenarioException(where + ".flow: exactly one create, preceded by nothing but merchant or wait steps");
        }
        return new OrderTemplate(name, count, profile, List.copyOf(flow));
    }

    private static Rush rush(JsonNode node, String where) {
        String rate = node.path("rate").asText("");
        double perMinute;
        try {
            if (rate.endsWith("/min")) {
                perMinute = Double.parseDouble(rate.substring(0, rate.length() - 4).strip());
            } else if (rate.endsWith("/s")) {
                perMinute = 60 * Double.parseDouble(rate.substring(0, rate.length() - 2).strip());
            } else if (rate.endsWith("/h")) {
                perMinute = Double.parseDouble(rate.substring(0, rate.length() - 2).strip()) / 60;
            } else {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new ScenarioException(where + ".rate: e.g. 30/min, 2/s or 600/h (simulated time)");
        }
        Duration duration = duration(node.get("duration"), where + ".duration");
        if (duration == null || !(perMinute > 0)) {
            throw new ScenarioException(where + ": needs a positive rate and a duration");
        }
        Map<String, Integer> mix = new LinkedHashMap<>();
        node.path("mix").fields().forEachRemaining(e -> mix.put(e.getKey(), e.getValue().asInt()));
        if (mix.isEmpty() || mix.values().stream().anyMatch(weight -> weight < 1)) {
            throw new ScenarioException(where + ".mix: scenario names with positive weights");
        }
        return new Rush(perMinute, duration, Map.copyOf(mix));
    }

    private static String text(JsonNode root, String field, String source) {
        String value = root.path(field).asText("");
        if (value.isBlank()) {
            throw new ScenarioException(source + ": " + field + " is required");
        }
        return value;
    }
}
