package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.scenario.Durations;
import dev.dstorekit.simulator.scenario.Step;
import jakarta.inject.Singleton;

/** Does nothing for a while (simulated time). */
@Singleton
final class WaitStep implements StepHandler<Step.Wait> {

    @Override
    public Class<Step.Wait> step() {
        return Step.Wait.class;
    }

    @Override
    public void run(Step.Wait step, OrderRun run) throws InterruptedException {
        run.log("NOTE", "wait", "waiting " + Durations.text(step.duration()) + " (simulated)");
        run.sleep(step.duration());
    }
}
