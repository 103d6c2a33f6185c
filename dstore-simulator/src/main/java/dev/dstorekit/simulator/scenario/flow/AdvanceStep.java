package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.order.OrderStatus;
import dev.dstorekit.simulator.scenario.Step;
import jakarta.inject.Singleton;

import java.util.Map;

/** The merchant moves the order on (PREPARING, READY, COMPLETED, …); the POS must notify D-Store. */
@Singleton
final class AdvanceStep implements StepHandler<Step.Advance> {

    private final MerchantActions merchant;
    private final Expectations expectations;

    AdvanceStep(MerchantActions merchant, Expectations expectations) {
        this.merchant = merchant;
        this.expectations = expectations;
    }

    @Override
    public Class<Step.Advance> step() {
        return Step.Advance.class;
    }

    @Override
    public void run(Step.Advance step, OrderRun run) throws InterruptedException {
        if (merchant.perform(run, "status", Map.of("status", step.status(), "reason", "simulated merchant"))) {
            expectations.status(run, OrderStatus.valueOf(step.status()), expectations.within(step.within()));
        }
    }
}
