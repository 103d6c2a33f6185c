package dev.dstorekit.simulator.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.api.pos.model.DeliveryStatus;
import dev.dstorekit.api.pos.model.NotifyOrderStatus;
import dev.dstorekit.simulator.fault.FaultRule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The values in scenario files: enum names checked against the spec's, durations; errors name the place. */
final class ScenarioValues {

    private ScenarioValues() {
    }

    static String scalarOr(JsonNode args, String field) {
        if (args.isTextual()) {
            return args.asText();
        }
        if (args.has(field)) {
            return args.get(field).asText();
        }
        throw new ScenarioException("missing " + field);
    }

    static String notifyStatus(String status, String where) {
        return value(status, where, NotifyOrderStatus::fromValue).getValue();
    }

    static String deliveryStatus(String status, String where) {
        return value(status, where, DeliveryStatus::fromValue).getValue();
    }

    static <E> List<E> enums(JsonNode node, String where, Function<String, E> parse) {
        List<E> values = new ArrayList<>();
        for (JsonNode value : node) {
            values.add(value(value.asText(), where, parse));
        }
        return values;
    }

    static <E> E value(String text, String where, Function<String, E> parse) {
        try {
            return parse.apply(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(where + ": " + e.getMessage());
        }
    }

    static Duration duration(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            Duration duration = FaultRule.duration(node.asText());
            if (duration.isNegative() || duration.isZero()) {
                throw new ScenarioException(where + ": must be positive");
            }
            return duration;
        } catch (RuntimeException e) {
            if (e instanceof ScenarioException scenario) {
                throw scenario;
            }
            throw new ScenarioException(where + ": not a duration: " + node.asText() + " (e.g. 30s, 5m, 250ms)");
        }
    }
}
