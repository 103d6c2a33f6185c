package dev.dstorekit.simulator.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.simulator.report.OrderReport;
import dev.dstorekit.simulator.report.RunReport;
import dev.dstorekit.simulator.violation.Violation;
import dev.dstorekit.simulator.violation.ViolationKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox's summary: one block per order, both sides' view, the violations with their rule, the exact last line. */
class SandboxSummaryTest {

    static final Instant START = Instant.parse("2026-11-25T04:00:00Z");

    @Test
    void aCleanRunListsEveryOrderWithItsMilestonesAndBothSidesView() throws IOException {
        RunReport report = report(List.of(
                order("RUN0020", "POS-2", "dine-in-refund", "DINEIN", null, 1000, 5,
                        List.of("created", "ACCEPTED", "PREPARING", "READY", "COMPLETED", "refund 3.00 SGD")),
                order("RUN0010", "POS-1", "pickup", "PICKUP", null, 450, 4, List.of("created", "ACCEPTED", "PREPARING", "READY", "COMPLETED"))),
                List.of());
        Map<String, JsonNode> pos = Map.of(
                "POS-1", json("{\"status\":\"COMPLETED\",\"refundedAmount\":{\"value\":0,\"currency\":\"SGD\"},\"flags\":[],"
                        + "\"outbound\":[{\"state\":\"DELIVERED\",\"attempts\":1},{\"state\":\"DELIVERED\",\"attempts\":2}]}"),
                "POS-2", json("{\"status\":\"COMPLETED\",\"refundedAmount\":{\"value\":300,\"currency\":\"SGD\"},\"flags\":[\"AMOUNT_MISMATCH\"]}"));

        String text = print(new SandboxSummary(report, pos));

        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).startsWith("== summary: sandbox-mix PASSED in 12.5 s (seed 1, clock ×60)"), lines.get(0));
        assertTrue(lines.get(1).startsWith("pickup          POS-1  DSTORE PICKUP  4.50 SGD   D-Store: COMPLETED  pos-server: COMPLETED"), text);
        assertTrue(lines.get(2).contains("created → ACCEPTED → PREPARING → READY → COMPLETED  ·  4 notifications"), text);
        assertTrue(lines.get(3).startsWith("dine-in-refund  POS-2"), "ordered by requestOrderId: " + text);
        assertTrue(lines.get(3).endsWith("pos-server: COMPLETED, refunded 3.00 SGD, flags [\"AMOUNT_MISMATCH\"]"), lines.get(3));
        assertTrue(text.contains("pos-server's outbox for these orders: 2 DELIVERED in 3 attempts"), text);
        assertTrue(text.contains("violations: none"), text);
        assertEquals("sandbox: 2 orders, 9 notifications, 0 violations", SandboxSummary.lastLine(report));
    }

    @Test
    void violationsAreListedWithTheOrderAndTheRuleTheyBreakAndCountedInTheLastLine() throws IOException {
        Violation missing = Violation.of(ViolationKind.EXPECTED_NOTIFICATION_MISSING, "RUN0010", "notifyOrderChange",
                "no orderStatus READY within 10m (simulated)", START);
        Violation skipped = Violation.of(ViolationKind.SKIPPED_STATUS_STEP, "RUN0010", "notifyOrderChange", "PREPARING skipped", START);
        RunReport report = report(List.of(order("RUN0010", "POS-1", "pickup", "PICKUP", null, 450, 1, List.of("created", "ACCEPTED"))),
                List.of(missing, skipped));

        String text = print(new SandboxSummary(report, Map.of()));

        assertTrue(text.contains("violations: 1; warnings: 1"), text);
        assertTrue(text.contains("VIOLATION EXPECTED_NOTIFICATION_MISSING [pickup] in notifyOrderChange: no orderStatus READY"), text);
        assertTrue(text.contains("rule: " + ViolationKind.EXPECTED_NOTIFICATION_MISSING.rule() + " (REFERENCE §5.3, §8)"), text);
        assertTrue(text.contains("warning SKIPPED_STATUS_STEP [pickup]"), text);
        assertTrue(text.contains("pos-server: ?"), "no view of the POS: " + text);
        assertEquals("sandbox: 1 orders, 1 notifications, 1 violations", SandboxSummary.lastLine(report));
    }

    @Test
    void aRushIsSummedUpPerFlow() {
        List<OrderReport> orders = new java.util.ArrayList<>();
        for (int i = 0; i < 13; i++) {
            orders.add(order("RUN" + (100 + i), "POS-" + i, i < 10 ? "happy-pickup" : "pos-timeout", "PICKUP", null, 450, i < 10 ? 4 : 1,
                    List.of("created")));
        }

        String text = print(new SandboxSummary(report(orders, List.of()), Map.of()));

        assertTrue(text.contains("happy-pickup    10 orders: 10 COMPLETED  ·  40 notifications"), text);
        assertTrue(text.contains("pos-timeout      3 orders: 3 COMPLETED  ·  3 notifications"), text);
        assertTrue(text.lines().noneMatch(line -> line.startsWith("happy-pickup#")), "no line per order: " + text);
    }

    @Test
    void theFixturesAreDescribedInOneLineEach() throws IOException {
        assertEquals("AHHOCK-MAXWELL-01 \"Ah Hock Hainanese Chicken Rice\", HAWKER in area AREA-MAXWELL-FC; menus PICKUP, DINEIN, DELIVERY"
                        + " with 10 items; business rules PICKUP_RULE, PICKUP_SCHEDULE, DINE_IN_ORDER, DINE_IN_SCHEDULE, DELIVERY_SCHEDULE,"
                        + " DELIVERY_DISTANCE",
                SandboxSummary.describeStore(HawkerStallFixtureTest.store()));
        assertEquals("24 products: 10 MODIFIER, 14 SINGLE, 4 modifier groups", SandboxSummary.describeCatalog(HawkerStallFixtureTest.catalog()));
    }

    private static RunReport report(List<OrderReport> orders, List<Violation> violations) {
        int notifications = orders.stream().mapToInt(OrderReport::notifications).sum();
        int errors = (int) violations.stream().filter(Violation::isError).count();
        return new RunReport("RUN", "sandbox-mix", "test", errors > 0 ? RunReport.FAILED : RunReport.PASSED, null, 1, 60, "http://pos",
                true, START, START.plusMillis(12_500), new RunReport.Counts(orders.size(), notifications, errors, violations.size() - errors),
                orders, violations);
    }

    private static OrderReport order(String requestOrderId, String posOrderId, String flow, String serviceType, String provider, long amount,
                                     int notifications, List<String> milestones) {
        return new OrderReport(requestOrderId, posOrderId, flow, "AHHOCK-FNB/AHHOCK-MAXWELL-01", "DSTORE", serviceType, provider, amount,
                "SGD", "COMPLETED", "COMPLETED", notifications, milestones, List.of(), List.of());
    }

    private static String print(SandboxSummary summary) {
        StringWriter text = new StringWriter();
        summary.print(new PrintWriter(text, true));
        return text.toString();
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }
}
