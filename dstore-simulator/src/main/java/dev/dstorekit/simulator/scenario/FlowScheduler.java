package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.fault.FaultInjector;
import dev.dstorekit.simulator.generate.OrderGenerator;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every order of a run with the scenario's faults in place: the listed orders all at once, a rush at its rate
 * ({@link LunchRush}); returns when every flow has ended.
 */
@Singleton
class FlowScheduler {

    private final FaultInjector faults;
    private final OrderPlacement placement;
    private final LunchRush rush;

    FlowScheduler(FaultInjector faults, OrderPlacement placement, LunchRush rush) {
        this.faults = faults;
        this.placement = placement;
        this.rush = rush;
    }

    void runAll(ScenarioRun run, RunOutcome outcome, OrderGenerator generator) throws InterruptedException {
        List<String> faultIds = run.scenario().faults().stream().map(faults::add).toList();
        List<Future<?>> running = new ArrayList<>();
        ExecutorService flows = Executors.newCachedThreadPool(DaemonThreads.named("sim-order"));
        try {
            if (run.scenario().rush() == null) {
                int index = 0;
                for (OrderTemplate template : run.scenario().orders()) {
                    for (int i = 0; i < template.count(); i++) {
                        int number = ++index;
                        running.add(flows.submit(() -> placement.place(run, outcome, generator, template, number)));
                    }
                }
            } else {
                rush.start(run, outcome, generator, flows, running);
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("an order flow failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            flows.shutdownNow();
            faultIds.forEach(faults::remove);
        }
    }
}
