package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.merchant.MerchantDriver;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.report.OrderReport;
import dev.dstorekit.simulator.report.RunReport;
import dev.dstorekit.simulator.violation.Violation;
import dev.dstorekit.simulator.violation.ViolationLog;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A run's report, from its orders' timelines and the violations seen while it ran (of its orders, or of none). */
@Singleton
class RunReports {

    private final OrderRepository orders;
    private final ViolationLog violations;
    private final MerchantDriver merchant;

    RunReports(OrderRepository orders, ViolationLog violations, MerchantDriver merchant) {
        this.orders = orders;
        this.violations = violations;
        this.merchant = merchant;
    }

    RunReport report(ScenarioRun run, RunOutcome outcome) {
        List<SimOrder> runOrders = orders.ofRun(run.runId());
        Set<String> ids = runOrders.stream().map(SimOrder::requestOrderId).collect(Collectors.toSet());
        List<Violation> seen = violations.since(run.startedAt()).stream()
                .filter(v -> v.requestOrderId() == null || ids.contains(v.requestOrderId())).toList();
        List<OrderReport> reports = new ArrayList<>();
        int notifications = 0;
        for (SimOrder order : runOrders) {
            notifications += order.notifications();
            reports.add(new OrderReport(order.requestOrderId(), order.posOrderId(), order.flow(), order.store().toString(),
                    order.channel(), order.serviceType(), order.deliveryProvider(), order.paid().value(), order.paid().currency(),
                    order.status().name(), outcome.outcomes.getOrDefault(order.requestOrderId(), order.status().name()),
                    order.notifications(), order.milestones(), order.timeline(),
                    seen.stream().filter(v -> order.requestOrderId().equals(v.requestOrderId())).toList()));
        }
        int errors = (int) seen.stream().filter(Violation::isError).count();
        String status = outcome.error != null ? RunReport.ERROR : errors > 0 ? RunReport.FAILED : RunReport.PASSED;
        Scenario scenario = run.scenario();
        return new RunReport(run.runId(), scenario.name(), scenario.description().strip(), status, outcome.error, run.options().seed(),
                run.clock().speed(), run.posUrl(), merchant.present(), run.startedAt(), Instant.now(),
                new RunReport.Counts(runOrders.size(), notifications, errors, seen.size() - errors), reports, seen);
    }

    /** The report of a run that could not start: the scenario named is not there. */
    RunReport unknownScenario(String runId, String scenarioName, RunOptions options, double speed, String posUrl, String error) {
        Instant now = Instant.now();
        return new RunReport(runId, scenarioName, "", RunReport.ERROR, error, options.seed(), speed, posUrl, merchant.present(), now, now,
                new RunReport.Counts(0, 0, 0, 0), List.of(), List.of());
    }
}
