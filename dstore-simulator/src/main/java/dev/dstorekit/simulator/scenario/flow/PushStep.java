package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.order.OrderStatus;
import dev.dstorekit.simulator.order.OrderViolations;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.pos.ChannelChange;
import dev.dstorekit.simulator.pos.Modification;
import dev.dstorekit.simulator.pos.PosGateway;
import dev.dstorekit.simulator.pos.PosResult;
import dev.dstorekit.simulator.scenario.Step;
import dev.dstorekit.simulator.violation.ViolationKind;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * pushOrderChange as the channel makes D-Store send it: a status, a delivery status or a GrabFood modification,
 * retried after failures and U, and sent again with the same requestId when the step asks for a replay. D-Store
 * also cancels this way (a passed acceptance window, a store of the wrong kind).
 */
@Singleton
final class PushStep implements StepHandler<Step.Push> {

    private static final String OPERATION = "pushOrderChange";

    private final PosGateway pos;
    private final RetriedCalls calls;
    private final OrderViolations violations;

    PushStep(PosGateway pos, RetriedCalls calls, OrderViolations violations) {
        this.pos = pos;
        this.calls = calls;
        this.violations = violations;
    }

    @Override
    public Class<Step.Push> step() {
        return Step.Push.class;
    }

    @Override
    public void run(Step.Push step, OrderRun run) throws InterruptedException {
        push(run, step, null);
    }

    /** D-Store cancels the order, for the reason given. */
    void cancel(OrderRun run, String why) throws InterruptedException {
        push(run, new Step.Push(OrderStatus.CANCELLED.name(), null, false, false), why);
    }

    private void push(OrderRun run, Step.Push step, @Nullable String why) throws InterruptedException {
        SimOrder order = run.order();
        String requestId = run.nextPushId();
        Modification modification = null;
        if (step.modification()) {
            modification = Modification.of(order).orElse(null);
            if (modification == null) {
                run.log("NOTE", OPERATION, "the order has a single unit; no GrabFood modification possible");
                return;
            }
        }
        ChannelChange change = new ChannelChange(requestId, order.requestOrderId(), step.orderStatus(), step.deliveryStatus(), modification);
        String what = change.describe() + (why == null ? "" : " (" + why + ")");
        Optional<PosResult> answer = calls.send(run, OPERATION, what, () -> pos.pushOrderChange(change), result -> result, result -> "");
        if (answer.isEmpty()) {
            return;
        }
        PosResult result = answer.get();
        if (!result.success()) {
            violations.record(order, ViolationKind.PUSH_ORDER_CHANGE_REFUSED, OPERATION, what + " answered " + result.status()
                    + "/" + result.code() + ": " + result.message());
            return;
        }
        if (step.deliveryStatus() != null) {
            order.deliveryStatus(step.deliveryStatus());
        }
        if (step.orderStatus() != null) {
            order.moveTo(OrderStatus.valueOf(step.orderStatus()));
        }
        if (modification != null) {
            order.channelRefund(modification.refund());
        }
        run.note("pushed " + what);
        if (step.replay()) {
            replay(run, change);
        }
    }

    /** The identical request again must get the stored S; a U is retried as D-Store would, it is no different answer. */
    private void replay(OrderRun run, ChannelChange change) throws InterruptedException {
        Optional<PosResult> again = calls.send(run, OPERATION, "replay of " + change.requestId(), () -> pos.pushOrderChange(change),
                result -> result, result -> "");
        if (again.isPresent() && !again.get().success()) {
            violations.record(run.order(), ViolationKind.REPEAT_REQUEST_INCONSISTENT, OPERATION, "the identical pushOrderChange "
                    + change.requestId() + " sent again answered " + again.get().status() + "/" + again.get().code()
                    + " instead of the stored S");
        }
    }
}
