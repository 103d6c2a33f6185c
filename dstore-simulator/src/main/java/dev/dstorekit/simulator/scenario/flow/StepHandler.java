package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.scenario.Step;

/**
 * Carries out one kind of step for an order, as D-Store would. A handler is a singleton bean: {@link OrderFlow}
 * finds it by {@link #step()}, so a new kind of step is its handler and one case in the scenario's step parser.
 * What a handler keeps per order lives in the {@link OrderRun}.
 */
public interface StepHandler<S extends Step> {

    /** The kind of step this handler carries out. */
    Class<S> step();

    void run(S step, OrderRun run) throws InterruptedException;
}
