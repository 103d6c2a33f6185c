package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.config.SimulatorSettings;
import dev.dstorekit.simulator.order.OrderViolations;
import dev.dstorekit.simulator.pos.PosFailure;
import dev.dstorekit.simulator.violation.ViolationKind;
import jakarta.inject.Singleton;

import java.time.Duration;

/** A call to the POS that produced no trustworthy answer, as the violation it is (a plain error is none). */
@Singleton
final class PosFailures {

    private final OrderViolations violations;
    private final Duration createOrderBudget;

    PosFailures(OrderViolations violations, SimulatorSettings settings) {
        this.violations = violations;
        this.createOrderBudget = settings.createOrderBudget();
    }

    void record(OrderRun run, PosFailure failure, String operation) {
        ViolationKind kind = switch (failure.kind()) {
            case TIMEOUT -> "createOrder".equals(operation) ? ViolationKind.CREATE_ORDER_TOO_SLOW : null;
            case UNSIGNED -> ViolationKind.ANSWER_NOT_SIGNED;
            case BAD_SIGNATURE -> ViolationKind.INVALID_SIGNATURE_FROM_POS;
            case NON_200, NO_RESULT -> ViolationKind.NON_200_OR_NO_RESULT;
            case SCHEMA -> ViolationKind.SCHEMA_VIOLATION;
            case UNREACHABLE -> ViolationKind.POS_UNREACHABLE;
            case ERROR -> null;
        };
        if (kind == null) {
            return;
        }
        String detail = failure.kind() == PosFailure.Kind.TIMEOUT
                ? "no answer within the " + createOrderBudget.toMillis() + " ms budget; D-Store inquires and retries"
                : failure.detail();
        violations.record(run.order(), kind, operation, detail);
    }

    Duration createOrderBudget() {
        return createOrderBudget;
    }
}
