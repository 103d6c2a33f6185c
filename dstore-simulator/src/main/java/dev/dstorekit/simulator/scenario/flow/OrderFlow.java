package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.scenario.Step;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an order through its scenario flow: each step by its {@link StepHandler}, until the flow ends or a step
 * stops it (a refused createOrder, a notification that never came).
 */
@Singleton
public class OrderFlow {

    private final Map<Class<?>, StepHandler<?>> handlers = new HashMap<>();

    public OrderFlow(List<StepHandler<?>> handlers) {
        for (StepHandler<?> handler : handlers) {
            if (this.handlers.put(handler.step(), handler) != null) {
                throw new IllegalStateException("two handlers for " + handler.step().getSimpleName() + " steps");
            }
        }
    }

    /** Runs every step; returns how the order ended, e.g. {@code COMPLETED} or {@code CANCELLED after the acceptance window}. */
    public String run(OrderRun run) throws InterruptedException {
        for (Step step : run.template().flow()) {
            if (run.stopped()) {
                break;
            }
            run.enter(step);
            handle(step, run);
        }
        return run.outcome();
    }

    @SuppressWarnings("unchecked")
    private <S extends Step> void handle(S step, OrderRun run) throws InterruptedException {
        StepHandler<S> handler = (StepHandler<S>) handlers.get(step.getClass());
        if (handler == null) {
            throw new IllegalStateException("no handler for " + step.getClass().getSimpleName() + " steps");
        }
        handler.run(step, run);
    }
}
