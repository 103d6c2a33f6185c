package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.catalog.Money;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.scenario.Durations;
import dev.dstorekit.simulator.scenario.Step;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;

/** The merchant refunds a share of what was paid (never more than is left); the POS must notify the refund. */
@Singleton
final class RefundStep implements StepHandler<Step.Refund> {

    private final MerchantActions merchant;
    private final Expectations expectations;

    RefundStep(MerchantActions merchant, Expectations expectations) {
        this.merchant = merchant;
        this.expectations = expectations;
    }

    @Override
    public Class<Step.Refund> step() {
        return Step.Refund.class;
    }

    @Override
    public void run(Step.Refund step, OrderRun run) throws InterruptedException {
        SimOrder order = run.order();
        long amount = Math.min(order.refundable(), Math.max(1, order.paid().value() * step.percent() / 100));
        if (amount <= 0) {
            run.log("NOTE", "refund", "nothing left to refund");
            return;
        }
        long before = order.merchantRefunded();
        if (!merchant.perform(run, "refund", Map.of("amount", String.valueOf(amount), "reason", "simulated merchant refund"))) {
            return;
        }
        Duration within = expectations.within(step.within());
        if (run.await(o -> o.merchantRefunded() > before, within)) {
            run.note("refund of " + new Money(order.merchantRefunded() - before, order.paid().currency()).display() + " notified");
            return;
        }
        expectations.missing(run, "no refundAmount notification within " + Durations.text(within) + " (simulated) for a merchant refund of "
                + new Money(amount, order.paid().currency()).display());
        run.stop("stopped waiting for the refund");
    }
}
