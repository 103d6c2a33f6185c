package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.order.OrderStatus;
import dev.dstorekit.simulator.order.OrderViolations;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.pos.InquiryAnswer;
import dev.dstorekit.simulator.pos.PosGateway;
import dev.dstorekit.simulator.scenario.Step;
import dev.dstorekit.simulator.violation.ViolationKind;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/**
 * inquireOrderDetail: its answer must match what the POS notified (and the status the step expects, if any). D-Store
 * also asks it after createOrder trouble and when a notification it waits for does not come.
 */
@Singleton
final class InquireStep implements StepHandler<Step.Inquire> {

    /** Real time a notification may still be on its way when an inquiry already shows the new status. */
    static final Duration IN_FLIGHT_GRACE = Duration.ofSeconds(3);
    private static final String OPERATION = "inquireOrderDetail";

    private final PosGateway pos;
    private final RetriedCalls calls;
    private final OrderViolations violations;

    InquireStep(PosGateway pos, RetriedCalls calls, OrderViolations violations) {
        this.pos = pos;
        this.calls = calls;
        this.violations = violations;
    }

    @Override
    public Class<Step.Inquire> step() {
        return Step.Inquire.class;
    }

    @Override
    public void run(Step.Inquire step, OrderRun run) throws InterruptedException {
        check(run, step.expect());
    }

    /** Asks and compares the answer with D-Store's view of the order and with {@code expect}. */
    void check(OrderRun run, @Nullable String expect) throws InterruptedException {
        SimOrder order = run.order();
        Optional<InquiryAnswer> answer = ask(run);
        if (answer.isEmpty()) {
            return;
        }
        if (!answer.get().result().success()) {
            if ("ORDER_NOT_EXIST".equals(answer.get().result().code()) && order.posOrderId() != null) {
                violations.record(order, ViolationKind.INQUIRY_STATUS_MISMATCH, OPERATION, "ORDER_NOT_EXIST for an order the POS created (posOrderId "
                        + order.posOrderId() + ")");
            }
            return;
        }
        String posOrderId = answer.get().posOrderId();
        if (order.posOrderId() != null && !order.posOrderId().equals(posOrderId)) {
            violations.record(order, ViolationKind.INQUIRY_STATUS_MISMATCH, OPERATION, "posOrderId " + posOrderId
                    + " differs from the createOrder answer's " + order.posOrderId());
        }
        if (answer.get().orderStatus() == null) {
            violations.record(order, ViolationKind.SCHEMA_VIOLATION, OPERATION, "S answer without orderStatus (present on S per the spec)");
            return;
        }
        OrderStatus said = OrderStatus.valueOf(answer.get().orderStatus());
        if (!matches(order.status(), said) && ahead(said, order.status())) {
            // the POS may have committed a change whose notification is still on its way
            run.awaitReal(o -> matches(o.status(), said), IN_FLIGHT_GRACE);
        }
        if (!matches(order.status(), said)) {
            violations.record(order, ViolationKind.INQUIRY_STATUS_MISMATCH, OPERATION, "inquireOrderDetail says " + said
                    + " but what D-Store was told makes the order " + order.status());
        }
        if (expect != null && !expect.equals(said.name())) {
            violations.record(order, ViolationKind.INQUIRY_STATUS_MISMATCH, OPERATION, "inquireOrderDetail says " + said
                    + "; after this flow the order should be " + expect);
        } else if (matches(order.status(), said)) {
            run.note("inquireOrderDetail agrees: " + said);
        }
    }

    /** The inquiry, retried after failures and U; empty when it never got a final answer. */
    Optional<InquiryAnswer> ask(OrderRun run) throws InterruptedException {
        String requestOrderId = run.order().requestOrderId();
        return calls.send(run, OPERATION, "requestOrderId " + requestOrderId, () -> pos.inquireOrderDetail(requestOrderId),
                InquiryAnswer::result, answer -> answer.orderStatus() == null ? ""
                        : " orderStatus=" + answer.orderStatus() + " posOrderId=" + answer.posOrderId());
    }

    /** Whether the POS's status {@code said} lies after D-Store's {@code view} of the order. */
    private static boolean ahead(OrderStatus said, OrderStatus view) {
        if (view.terminal()) {
            return false;
        }
        return said.terminal() || said.rank() > view.rank();
    }

    private static boolean matches(OrderStatus view, OrderStatus said) {
        return view == said || (view == OrderStatus.PENDING && said == OrderStatus.ORDER_SUCCESS);
    }
}
