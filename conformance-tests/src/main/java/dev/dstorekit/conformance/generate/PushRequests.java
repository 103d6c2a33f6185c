package dev.dstorekit.conformance.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.conformance.client.Operation;
import dev.dstorekit.conformance.generate.RandomShape.Presence;
import dev.dstorekit.conformance.generate.RandomShape.Range;
import dev.dstorekit.conformance.orders.Catalog;
import dev.dstorekit.conformance.orders.RunIds;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Builds the pushOrderChange requests for an order the suite created: the changes a push carries are drawn within
 * what the spec's pushOrderChange description documents (at least one change; a modification only for a GrabFood
 * order, no more lines and no higher total than it has; a refund no larger than what is left; a delivery status only
 * when the channel delivers), the strings and enums at their edges.
 */
final class PushRequests {

    /**
     * A push as built, before it is validated.
     *
     * @param seed    its own seed
     * @param body    the request
     * @param trace   its edge leaves
     * @param summary what it changes, for messages
     */
    record Built(long seed, ObjectNode body, Trace trace, String summary) {
    }

    private final SchemaWalker walker;
    private final GeneratorSettings settings;
    private final Catalog catalog;
    private final RunIds ids;

    PushRequests(SchemaWalker walker, GeneratorSettings settings, Catalog catalog, RunIds ids) {
        this.walker = walker;
        this.settings = settings;
        this.catalog = catalog;
        this.ids = ids;
    }

    /** The {@code step}-th push of the {@code index}-th pushed order. */
    Built build(PushTarget target, int index, int step, EnumCoverage coverage) {
        long seed = Seeds.of(settings.seed(), "push", index, step);
        SplittableRandom plan = Seeds.random(seed, "plan");
        boolean modification = target.modifiable() && plan.nextInt(3) == 0;
        boolean status = !modification && plan.nextBoolean();
        boolean delivery = target.channelDelivers() && plan.nextBoolean();
        boolean refund = plan.nextInt(3) == 0;
        if (!status && !delivery && !modification && !refund) {
            status = true;
        }
        int style = (index + step) % 4;
        Trace trace = new Trace();
        Leaves ordinary = new OrdinaryLeaves(seed, catalog);
        Leaves strings = switch (style) {
            case 1 -> new StringEdgeLeaves(StringEdgeLeaves.Mode.MAX_LENGTH_ASCII, seed, trace, ordinary);
            case 2 -> new StringEdgeLeaves(StringEdgeLeaves.Mode.MAX_LENGTH_NON_BMP, seed, trace, ordinary);
            case 3 -> new StringEdgeLeaves(StringEdgeLeaves.Mode.CONTROL, seed, trace, ordinary);
            default -> ordinary;
        };
        Leaves leaves = new FixedLeaves(Map.of("requestOrderId", target.requestOrderId()),
                new EnumAndOptionalLeaves(coverage, false, seed, trace, strings));
        Shape shape = new PushShape(status, delivery, modification, refund, target.lines(),
                new RandomShape(style == 0 ? Presence.SOME : Presence.ALL, Range.of(1, target.lines()),
                        Range.of(0, Math.min(2, settings.maxModifiers())), Range.of(0, 1), Math.min(2, settings.maxNesting()),
                        Range.of(0, 3), seed));
        ObjectNode body = walker.component(Operation.PUSH_ORDER_CHANGE.requestSchema(), leaves, shape);
        body.put("requestId", EdgeStrings.withHead(ids.next("push"), body.path("requestId").asText()));
        long linesTotal = target.linesTotal();
        if (modification) {
            linesTotal = modify(body, target.linesTotal());
        }
        if (refund) {
            long refundable = Math.max(0, Math.min(target.orderAmount(), linesTotal) - target.refunded());
            long amount = refundable == 0 ? 0 : Seeds.random(seed, "refund").nextLong(refundable + 1);
            ((ObjectNode) body.path("refundInfo").path("refundAmount")).put("value", amount);
        }
        String what = List.of(status ? "orderStatus " + body.path("orderStatus").asText() : "",
                        delivery ? "deliveryStatus " + body.path("deliveryStatus").asText() : "",
                        modification ? RequestGenerator.plural(body.path("updatedOrderProducts").size(), "updated line") : "",
                        refund ? "refund " + body.path("refundInfo").path("refundAmount").path("value").asLong() : "")
                .stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
        String styleName = List.of("ordinary strings", "strings at maxLength in ASCII", "strings at maxLength in non-BMP",
                "strings with control characters").get(style);
        return new Built(seed, body, trace, what + " for a " + target.channel() + " " + target.serviceType() + " order, "
                + styleName + ", step " + (step + 1));
    }

    /** One unit per updated line, modifiers free, the order's lines total shared out: never more than it was. */
    private static long modify(ObjectNode body, long linesTotal) {
        JsonNode lines = body.path("updatedOrderProducts");
        long share = linesTotal / lines.size();
        for (JsonNode line : lines) {
            ObjectNode l = (ObjectNode) line;
            l.put("quantity", 1);
            freeModifiers(l);
            if (l.has("unitPrice")) {
                ((ObjectNode) l.path("unitPrice")).put("value", share);
            } else {
                l.putObject("unitPrice").put("value", share).put("currency", l.path("totalAmount").path("currency").asText());
            }
            ((ObjectNode) l.path("totalAmount")).put("value", share);
        }
        return share * lines.size();
    }

    private static void freeModifiers(JsonNode item) {
        for (JsonNode modifier : item.path("modifiers")) {
            ((ObjectNode) modifier.path("unitPrice")).put("value", 0);
            freeModifiers(modifier);
        }
    }
}
