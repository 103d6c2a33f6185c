package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.scenario.OrderEvent;
import dev.dstorekit.simulator.scenario.OrderTemplate;
import dev.dstorekit.simulator.scenario.RunListener;
import dev.dstorekit.simulator.scenario.SimClock;
import dev.dstorekit.simulator.scenario.Step;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * One order on its way through its flow: the order, its template, the run's clock, and where the flow stands. The
 * step handlers share it; only the order's own thread runs them. Every entry on the order's timeline goes to the
 * run's listener with the step it happened in.
 */
public final class OrderRun {

    /** Simulated pause between retries of a call that failed or answered U. */
    static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    private final SimOrder order;
    private final OrderTemplate template;
    private final SimClock clock;
    private volatile Step step;
    private int pushes;
    private boolean stopped;
    private String outcome;
    private boolean anotherStore;
    private boolean reachedPos;

    /**
     * @param label the order's name in progress lines, e.g. {@code dine-in}
     */
    public OrderRun(SimOrder order, OrderTemplate template, String label, SimClock clock, RunListener listener) {
        this.order = order;
        this.template = template;
        this.clock = clock;
        order.listen((entry, verdict) -> listener.event(new OrderEvent(order, label, step, entry, verdict)));
    }

    public SimOrder order() {
        return order;
    }

    public OrderTemplate template() {
        return template;
    }

    /** The POS auto-accepted an order that needed manual acceptance, or the other way round; the runner tries another store. */
    public boolean needsAnotherStore() {
        return anotherStore;
    }

    /** Whether createOrder reached the POS at least once (a run where none did could not run). */
    public boolean reachedPos() {
        return reachedPos;
    }

    void enter(Step next) {
        step = next;
    }

    void log(String direction, String operation, String summary) {
        order.log(direction, operation, summary);
    }

    /** What the flow did or saw, in a few words (a progress line at {@code STEPS}). */
    void note(String text) {
        order.log("NOTE", "flow", text);
    }

    /** Skips the remaining steps; {@code why} is how the order ended. */
    void stop(String why) {
        stopped = true;
        outcome = why;
        order.log("NOTE", "flow", "remaining steps skipped: " + why);
    }

    boolean stopped() {
        return stopped;
    }

    /** How the order ended, when its status alone does not say it. */
    void outcome(String text) {
        outcome = text;
    }

    String outcome() {
        return outcome != null ? outcome : order.status().name();
    }

    void tryAnotherStore() {
        anotherStore = true;
    }

    void sawPos() {
        reachedPos = true;
    }

    /** The requestId of the order's next pushOrderChange. */
    String nextPushId() {
        return "push-" + order.requestOrderId() + "-" + (++pushes);
    }

    /** Waits until {@code condition} holds or {@code simulated} time passes; returns whether it holds. */
    boolean await(Predicate<SimOrder> condition, Duration simulated) throws InterruptedException {
        return order.await(condition, clock.real(simulated));
    }

    /** Like {@link #await}, for a real-time grace that no clock speed shortens. */
    boolean awaitReal(Predicate<SimOrder> condition, Duration real) throws InterruptedException {
        return order.await(condition, real);
    }

    void sleep(Duration simulated) throws InterruptedException {
        clock.sleep(simulated);
    }

    /** The pause before attempt {@code attempt + 1} of a call. */
    void pause(int attempt) throws InterruptedException {
        clock.sleep(RETRY_PAUSE.multipliedBy(attempt));
    }
}
