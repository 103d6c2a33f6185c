package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.config.SimulatorSettings;
import dev.dstorekit.simulator.order.OrderStatus;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.scenario.Durations;
import dev.dstorekit.simulator.scenario.Step;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;

/**
 * The acceptance window: an auto-accepted order is accepted at once; otherwise the merchant accepts (when the step
 * says so) and ACCEPTED must be notified within the window. When it passes, D-Store asks inquireOrderDetail and
 * cancels the order with pushOrderChange.
 */
@Singleton
final class AcceptStep implements StepHandler<Step.Accept> {

    private static final String OUTCOME = "CANCELLED after the acceptance window";

    private final MerchantActions merchant;
    private final Expectations expectations;
    private final InquireStep inquiry;
    private final PushStep push;
    private final Duration acceptanceWindow;

    AcceptStep(MerchantActions merchant, Expectations expectations, InquireStep inquiry, PushStep push, SimulatorSettings settings) {
        this.merchant = merchant;
        this.expectations = expectations;
        this.inquiry = inquiry;
        this.push = push;
        this.acceptanceWindow = settings.acceptanceWindow();
    }

    @Override
    public Class<Step.Accept> step() {
        return Step.Accept.class;
    }

    @Override
    public void run(Step.Accept step, OrderRun run) throws InterruptedException {
        SimOrder order = run.order();
        if (Boolean.TRUE.equals(order.autoAccept())) {
            run.log("NOTE", "accept", "auto-accepted by the POS");
            return;
        }
        Duration window = step.window() != null ? step.window() : acceptanceWindow;
        if (step.merchant() && !merchant.perform(run, "status", Map.of("status", "ACCEPTED", "reason", "simulated merchant"))) {
            return;
        }
        boolean decided = run.await(o -> o.reached(OrderStatus.ACCEPTED) || o.status().terminal(), window);
        if (decided && order.reached(OrderStatus.ACCEPTED)) {
            run.note("accepted by the merchant");
            return;
        }
        if (decided) {
            run.stop("ended " + order.status() + " before acceptance");
            return;
        }
        run.log("NOTE", "accept", "acceptance window of " + Durations.text(window) + " (simulated) passed without ACCEPTED");
        if (step.merchant()) {
            expectations.missing(run, "no ACCEPTED notification within the acceptance window of " + Durations.text(window)
                    + (merchant.present() ? " after the merchant accepted" : " (no merchant driver: the POS was expected to accept on its own)"));
        }
        inquiry.check(run, null);
        run.log("NOTE", "accept", "D-Store cancels the order after the acceptance window");
        push.cancel(run, "acceptance window passed");
        if (step.merchant()) {
            run.stop(OUTCOME);
        } else {
            run.outcome(OUTCOME);
        }
    }
}
