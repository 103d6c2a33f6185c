package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.scenario.Step;
import jakarta.inject.Singleton;

/** A raw merchant-driver action with its parameters, expecting nothing in particular. */
@Singleton
final class MerchantStep implements StepHandler<Step.Merchant> {

    private final MerchantActions merchant;

    MerchantStep(MerchantActions merchant) {
        this.merchant = merchant;
    }

    @Override
    public Class<Step.Merchant> step() {
        return Step.Merchant.class;
    }

    @Override
    public void run(Step.Merchant step, OrderRun run) {
        merchant.perform(run, step.action(), step.params());
    }
}
