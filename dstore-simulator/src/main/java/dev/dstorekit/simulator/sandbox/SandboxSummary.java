package dev.dstorekit.simulator.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.simulator.catalog.Money;
import dev.dstorekit.simulator.report.OrderReport;
import dev.dstorekit.simulator.report.RunReport;
import dev.dstorekit.simulator.violation.Violation;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sandbox's readable summary of a scenario run: every order with what D-Store and what the POS think of it and
 * its milestones, the notifications, the violations with the rule each breaks, and the machine-readable last line
 * {@code sandbox: <N> orders, <M> notifications, <V> violations}.
 */
public final class SandboxSummary {

    /** Up to this many orders each get their two lines; a bigger run (a rush) is summed up per flow. */
    static final int ORDERS_SHOWN_ONE_BY_ONE = 12;

    private final RunReport report;
    private final Map<String, JsonNode> posView;

    /**
     * @param posView the POS's view of each order by posOrderId (the merchant API's OrderDetail); may miss orders
     */
    public SandboxSummary(RunReport report, Map<String, JsonNode> posView) {
        this.report = report;
        this.posView = posView;
    }

    /** {@code sandbox: <N> orders, <M> notifications, <V> violations} (V counts error-level violations). */
    public static String lastLine(RunReport report) {
        return "sandbox: " + report.counts().orders() + " orders, " + report.counts().notifications() + " notifications, "
                + report.counts().violations() + " violations";
    }

    public void print(PrintWriter out) {
        Duration took = Duration.between(report.startedAt(), report.finishedAt());
        out.println("== summary: " + report.scenario() + " " + report.status() + " in "
                + String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0) + " (seed " + report.seed() + ", clock ×"
                + trim(report.clockSpeed()) + ")" + (report.error() == null ? "" : ": " + report.error()));
        List<OrderReport> orders = report.orders().stream().sorted(Comparator.comparing(OrderReport::requestOrderId)).toList();
        Map<String, String> labels = labels(orders);
        if (orders.size() > ORDERS_SHOWN_ONE_BY_ONE) {
            byFlow(orders, out);
        } else {
            oneByOne(orders, labels, out);
        }
        List<Violation> errors = report.violations().stream().filter(Violation::isError).toList();
        out.println("notifications: " + report.counts().notifications() + " notifyOrderChange from the POS, "
                + (errors.isEmpty() ? "each signed, valid against the spec and a legal step for its order"
                : "each checked for its signature, the spec and a legal step (see the violations)") + outbox());
        List<Violation> warnings = report.violations().stream().filter(v -> !v.isError()).toList();
        out.println("violations: " + (errors.isEmpty() ? "none" : errors.size()) + (warnings.isEmpty() ? "" : "; warnings: " + warnings.size()));
        for (Violation violation : report.violations()) {
            String who = violation.requestOrderId() == null ? "" : " [" + labels.getOrDefault(violation.requestOrderId(), violation.requestOrderId()) + "]";
            out.println("  " + (violation.isError() ? "VIOLATION " : "warning ") + violation.kind() + who + " in " + violation.operation()
                    + ": " + violation.details());
            out.println("      rule: " + violation.rule() + " (" + violation.reference() + ")");
        }
    }

    private void oneByOne(List<OrderReport> orders, Map<String, String> labels, PrintWriter out) {
        int width = labels.values().stream().mapToInt(String::length).max().orElse(5);
        int ids = orders.stream().mapToInt(order -> posOrderId(order).length()).max().orElse(10);
        int services = orders.stream().mapToInt(order -> service(order).length()).max().orElse(10);
        int amounts = orders.stream().mapToInt(order -> paid(order).length()).max().orElse(10);
        int statuses = orders.stream().mapToInt(order -> order.finalStatus().length()).max().orElse(10);
        for (OrderReport order : orders) {
            String label = labels.get(order.requestOrderId());
            out.println(pad(label, width) + "  " + pad(posOrderId(order), ids) + "  " + pad(service(order), services) + "  "
                    + pad(paid(order), amounts) + "  D-Store: " + pad(order.finalStatus(), statuses) + "  pos-server: " + pos(order));
            out.println(pad("", width) + "  " + String.join(" → ", order.milestones()) + "  ·  " + order.notifications()
                    + " notification" + (order.notifications() == 1 ? "" : "s")
                    + (order.outcome().equals(order.finalStatus()) ? "" : "  ·  " + order.outcome()));
        }
    }

    /** A rush: per flow, how many orders ended how, and their notifications. */
    private static void byFlow(List<OrderReport> orders, PrintWriter out) {
        Map<String, List<OrderReport>> flows = new TreeMap<>();
        orders.forEach(order -> flows.computeIfAbsent(order.flow(), flow -> new ArrayList<>()).add(order));
        int width = flows.keySet().stream().mapToInt(String::length).max().orElse(5);
        for (Map.Entry<String, List<OrderReport>> flow : flows.entrySet()) {
            Map<String, Integer> endings = new TreeMap<>();
            flow.getValue().forEach(order -> endings.merge(order.finalStatus(), 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            endings.forEach((status, count) -> parts.add(count + " " + status));
            out.println(pad(flow.getKey(), width) + "  " + String.format(Locale.ROOT, "%4d", flow.getValue().size()) + " orders: "
                    + String.join(", ", parts) + "  ·  " + flow.getValue().stream().mapToInt(OrderReport::notifications).sum()
                    + " notifications");
        }
    }

    /** What a store fixture is, in one line: id, name, type, area, menus and business-rule scenes. */
    public static String describeStore(JsonNode store) {
        JsonNode info = store.path("storeInfo");
        Set<String> menus = new LinkedHashSet<>();
        store.path("menus").forEach(menu -> menus.add(menu.path("menuInfo").path("menuType").asText()));
        List<String> scenes = new ArrayList<>();
        info.path("businessRule").forEach(rule -> scenes.add(rule.path("scene").asText()));
        int items = countItems(store);
        return info.path("storeId").asText() + " \"" + info.path("name").asText() + "\", " + info.path("storeType").asText("?")
                + (info.hasNonNull("areaId") ? " in area " + info.path("areaId").asText() : "") + "; menus " + String.join(", ", menus)
                + " with " + items + " items; business rules " + String.join(", ", scenes);
    }

    /** What a catalog fixture holds: products by type and the modifier groups. */
    public static String describeCatalog(JsonNode catalog) {
        Map<String, Integer> types = new TreeMap<>();
        Set<String> groups = new HashSet<>();
        for (JsonNode product : catalog.path("products")) {
            types.merge(product.path("type").asText(), 1, Integer::sum);
            product.path("modifierGroups").forEach(group -> groups.add(group.path("groupId").asText()));
        }
        List<String> parts = new ArrayList<>();
        types.forEach((type, count) -> parts.add(count + " " + type));
        return catalog.path("products").size() + " products: " + String.join(", ", parts) + ", " + groups.size() + " modifier groups";
    }

    private static int countItems(JsonNode store) {
        Set<String> ids = new HashSet<>();
        for (JsonNode menu : store.path("menus")) {
            for (JsonNode category : menu.path("categories")) {
                category.path("items").forEach(item -> ids.add(item.path("itemInfo").path("itemId").asText()));
            }
        }
        return ids.size();
    }

    private String pos(OrderReport order) {
        JsonNode detail = order.posOrderId() == null ? null : posView.get(order.posOrderId());
        if (detail == null) {
            return "?";
        }
        StringBuilder text = new StringBuilder(detail.path("status").asText("?"));
        long refunded = detail.path("refundedAmount").path("value").asLong(0);
        if (refunded > 0) {
            text.append(", refunded ").append(new Money(refunded, detail.path("refundedAmount").path("currency").asText(order.currency())).display());
        }
        if (detail.path("flags").size() > 0) {
            text.append(", flags ").append(detail.path("flags"));
        }
        return text.toString();
    }

    /** The POS's outbound messages of these orders by state, e.g. {@code ; pos-server's outbox: 27 DELIVERED}. */
    private String outbox() {
        Map<String, Integer> states = new TreeMap<>();
        Map<String, Integer> attempts = new HashMap<>();
        for (JsonNode detail : posView.values()) {
            for (JsonNode message : detail.path("outbound")) {
                states.merge(message.path("state").asText("?"), 1, Integer::sum);
                attempts.merge("all", message.path("attempts").asInt(0), Integer::sum);
            }
        }
        if (states.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        states.forEach((state, count) -> parts.add(count + " " + state));
        return "; pos-server's outbox for these orders: " + String.join(", ", parts) + " in " + attempts.getOrDefault("all", 0) + " attempts";
    }

    private static String posOrderId(OrderReport order) {
        return order.posOrderId() == null ? "(none)" : order.posOrderId();
    }

    private static String paid(OrderReport order) {
        return new Money(order.amount(), order.currency()).display();
    }

    private static String service(OrderReport order) {
        String text = order.channel() + " " + order.serviceType();
        if (order.deliveryProvider() != null) {
            text += "MERCHANT".equals(order.deliveryProvider()) ? " (own rider)" : " (channel's)";
        }
        return text;
    }

    /** The flow name where it is unique in the run, else the flow and the order's position. */
    static Map<String, String> labels(List<OrderReport> orders) {
        Map<String, Integer> counts = new HashMap<>();
        orders.forEach(order -> counts.merge(order.flow(), 1, Integer::sum));
        Map<String, String> labels = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (OrderReport order : orders) {
            int n = seen.merge(order.flow(), 1, Integer::sum);
            labels.put(order.requestOrderId(), counts.get(order.flow()) == 1 ? order.flow() : order.flow() + "#" + n);
        }
        return labels;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
