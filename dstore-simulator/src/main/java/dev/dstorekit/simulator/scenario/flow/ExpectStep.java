package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.order.OrderStatus;
import dev.dstorekit.simulator.scenario.Step;
import jakarta.inject.Singleton;

/** Waits for a status and/or a delivery status the POS must notify on its own, without asking the merchant. */
@Singleton
final class ExpectStep implements StepHandler<Step.Expect> {

    private final Expectations expectations;

    ExpectStep(Expectations expectations) {
        this.expectations = expectations;
    }

    @Override
    public Class<Step.Expect> step() {
        return Step.Expect.class;
    }

    @Override
    public void run(Step.Expect step, OrderRun run) throws InterruptedException {
        if (step.status() != null) {
            expectations.status(run, OrderStatus.valueOf(step.status()), expectations.within(step.within()));
        }
        if (step.deliveryStatus() != null && !run.stopped()) {
            expectations.delivery(run, step.deliveryStatus(), expectations.within(step.within()));
        }
    }
}
