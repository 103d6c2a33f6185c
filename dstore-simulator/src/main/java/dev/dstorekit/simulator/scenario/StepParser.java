package dev.dstorekit.simulator.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.dstorekit.api.pos.model.PushOrderStatus;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.dstorekit.simulator.scenario.ScenarioValues.deliveryStatus;
import static dev.dstorekit.simulator.scenario.ScenarioValues.duration;
import static dev.dstorekit.simulator.scenario.ScenarioValues.notifyStatus;
import static dev.dstorekit.simulator.scenario.ScenarioValues.scalarOr;
import static dev.dstorekit.simulator.scenario.ScenarioValues.value;

/**
 * One step of a flow in a scenario file: a single word ({@code create}, {@code accept}, {@code inquire}) or a one-key
 * map ({@code advance: PREPARING}, {@code push: {orderStatus: COMPLETED, replay: true}}). A new kind of step is a case
 * here and its handler ({@code scenario.flow.StepHandler}).
 */
final class StepParser {

    private StepParser() {
    }

    static Step parse(JsonNode node, String where) {
        String kind;
        JsonNode args;
        if (node.isTextual()) {
            kind = node.asText();
            args = JsonNodeFactory.instance.objectNode();
        } else if (node.isObject() && node.size() == 1) {
            Map.Entry<String, JsonNode> entry = node.fields().next();
            kind = entry.getKey();
            args = entry.getValue();
        } else {
            throw new ScenarioException(where + ": a step is a word (create) or a one-key map (advance: PREPARING)");
        }
        return switch (kind) {
            case "create" -> new Step.Create(args.path("loseAnswer").asBoolean(false), args.path("duplicates").asInt(0),
                    args.path("alteredDuplicate").asBoolean(false),
                    args.has("wantAutoAccept") ? args.get("wantAutoAccept").asBoolean() : null);
            case "accept" -> new Step.Accept(args.path("merchant").asBoolean(true), duration(args.get("window"), where + ".window"));
            case "advance" -> new Step.Advance(notifyStatus(scalarOr(args, "status"), where),
                    duration(args.get("within"), where + ".within"));
            case "deliver" -> new Step.Deliver(deliveryStatus(scalarOr(args, "deliveryStatus"), where),
                    duration(args.get("within"), where + ".within"));
            case "refund" -> {
                int percent = args.isNumber() ? args.asInt() : args.path("percent").asInt(10);
                if (percent < 1 || percent > 100) {
                    throw new ScenarioException(where + ": refund percent between 1 and 100");
                }
                yield new Step.Refund(percent, duration(args.get("within"), where + ".within"));
            }
            case "merchant" -> {
                String action = scalarOr(args, "action");
                Map<String, String> params = new LinkedHashMap<>();
                if (args.isObject()) {
                    args.fields().forEachRemaining(e -> {
                        if (!e.getKey().equals("action")) {
                            params.put(e.getKey(), e.getValue().asText());
                        }
                    });
                }
                yield new Step.Merchant(action, Map.copyOf(params));
            }
            case "expect" -> {
                String status = args.isTextual() ? args.asText() : args.has("status") ? args.get("status").asText() : null;
                String delivery = args.has("deliveryStatus") ? args.get("deliveryStatus").asText() : null;
                if (status == null && delivery == null) {
                    throw new ScenarioException(where + ": expect needs status or deliveryStatus");
                }
                yield new Step.Expect(status == null ? null : notifyStatus(status, where),
                        delivery == null ? null : deliveryStatus(delivery, where), duration(args.get("within"), where + ".within"));
            }
            case "push" -> {
                String status = args.has("orderStatus") ? value(args.get("orderStatus").asText(), where + ".orderStatus",
                        PushOrderStatus::fromValue).getValue() : null;
                String delivery = args.has("deliveryStatus") ? deliveryStatus(args.get("deliveryStatus").asText(), where) : null;
                boolean modification = args.path("modification").asBoolean(false);
                if (status == null && delivery == null && !modification) {
                    throw new ScenarioException(where + ": push needs orderStatus, deliveryStatus or modification: true");
                }
                yield new Step.Push(status, delivery, modification, args.path("replay").asBoolean(false));
            }
            case "inquire" -> new Step.Inquire(args.isTextual() ? args.asText() : args.has("expect") ? args.get("expect").asText() : null);
            case "wait" -> {
                Duration duration = duration(args.isTextual() ? args : args.get("duration"), where);
                if (duration == null) {
                    throw new ScenarioException(where + ": wait needs a duration, e.g. wait: 30s");
                }
                yield new Step.Wait(duration);
            }
            default -> throw new ScenarioException(where + ": unknown step '" + kind
                    + "' (create, accept, advance, deliver, refund, merchant, expect, push, inquire, wait)");
        };
    }
}
