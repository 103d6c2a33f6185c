package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.scenario.Step;
import jakarta.inject.Singleton;

import java.util.Map;

/** The merchant's rider reports a delivery status; the POS must notify D-Store. */
@Singleton
final class DeliverStep implements StepHandler<Step.Deliver> {

    private final MerchantActions merchant;
    private final Expectations expectations;

    DeliverStep(MerchantActions merchant, Expectations expectations) {
        this.merchant = merchant;
        this.expectations = expectations;
    }

    @Override
    public Class<Step.Deliver> step() {
        return Step.Deliver.class;
    }

    @Override
    public void run(Step.Deliver step, OrderRun run) throws InterruptedException {
        if (merchant.perform(run, "delivery-status", Map.of("deliveryStatus", step.deliveryStatus()))) {
            expectations.delivery(run, step.deliveryStatus(), expectations.within(step.within()));
        }
    }
}
