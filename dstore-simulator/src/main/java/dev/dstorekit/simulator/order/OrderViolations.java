package dev.dstorekit.simulator.order;

import dev.dstorekit.simulator.violation.Violation;
import dev.dstorekit.simulator.violation.ViolationKind;
import dev.dstorekit.simulator.violation.ViolationLog;
import jakarta.inject.Singleton;

/**
 * Where every broken rule about an order is recorded, whoever finds it (a scenario step or an inbound
 * notifyOrderChange): in the violation log, which reports and the control API read, and on the order's timeline,
 * which its progress shows.
 */
@Singleton
public class OrderViolations {

    private final ViolationLog log;

    public OrderViolations(ViolationLog log) {
        this.log = log;
    }

    public Violation record(SimOrder order, ViolationKind kind, String operation, String details) {
        Violation violation = log.record(kind, order.requestOrderId(), operation, details);
        order.log(violation, details);
        return violation;
    }

    /** A violation found in the call {@code requestId}, which the log names and the timeline, where the call stands, does not. */
    public Violation record(SimOrder order, ViolationKind kind, String operation, String requestId, String details) {
        Violation violation = log.record(kind, order.requestOrderId(), operation, "requestId " + requestId + ": " + details);
        order.log(violation, details);
        return violation;
    }

    /** A call about an order D-Store does not know: only the log can hold it. */
    public Violation unknownOrder(String requestOrderId, String operation, String details) {
        return log.record(ViolationKind.UNKNOWN_ORDER, requestOrderId, operation, details);
    }
}
