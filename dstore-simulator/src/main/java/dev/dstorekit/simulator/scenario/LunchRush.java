package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.config.SimulatorSettings;
import dev.dstorekit.simulator.generate.OrderGenerator;
import dev.dstorekit.simulator.violation.Violation;
import dev.dstorekit.simulator.violation.ViolationLog;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * A {@link Rush}: orders started at a fixed rate, each following the flow of a scenario drawn from the mix by weight
 * (the same seed draws the same ones), at most {@code simulator.max-concurrent-orders} at a time, with a line on how
 * it goes every five seconds.
 */
@Singleton
class LunchRush {

    private static final long REPORT_EVERY_NANOS = 5_000_000_000L;

    private final ScenarioCatalog scenarios;
    private final ViolationLog violations;
    private final OrderPlacement placement;
    private final int maxConcurrentOrders;

    LunchRush(ScenarioCatalog scenarios, ViolationLog violations, OrderPlacement placement, SimulatorSettings settings) {
        this.scenarios = scenarios;
        this.violations = violations;
        this.placement = placement;
        this.maxConcurrentOrders = settings.maxConcurrentOrders();
    }

    /** Starts every order of the rush on {@code flows}, adding each to {@code running}; returns when the last has started. */
    void start(ScenarioRun run, RunOutcome outcome, OrderGenerator generator, ExecutorService flows, List<Future<?>> running)
            throws InterruptedException {
        Rush rush = run.scenario().rush();
        Map<String, List<OrderTemplate>> mix = mix(run.scenario());
        List<String> names = rush.mix().keySet().stream().sorted().toList();
        int totalWeight = names.stream().mapToInt(rush.mix()::get).sum();
        Random random = new Random(run.options().seed());
        long total = rush.orders();
        Duration interval = run.clock().real(Duration.ofNanos((long) (60_000_000_000L / rush.ratePerMinute())));
        run.listener().line("rush: " + total + " orders, one every " + interval.toMillis() + " ms (real) for "
                + run.clock().real(rush.duration()).toSeconds() + " s; mix " + rush.mix());
        Semaphore slots = new Semaphore(maxConcurrentOrders);
        long start = System.nanoTime();
        long lastReport = start;
        for (int i = 0; i < total; i++) {
            long wait = start + i * interval.toNanos() - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String name = draw(random.nextInt(totalWeight), names, rush.mix());
            List<OrderTemplate> templates = mix.get(name);
            OrderTemplate template = templates.get(random.nextInt(templates.size()));
            OrderTemplate named = new OrderTemplate(name, 1, template.profile(), template.flow());
            int number = i + 1;
            slots.acquire();
            running.add(flows.submit(() -> {
                try {
                    placement.place(run, outcome, generator, named, number);
                } finally {
                    slots.release();
                }
            }));
            if (System.nanoTime() - lastReport > REPORT_EVERY_NANOS) {
                lastReport = System.nanoTime();
                long errors = violations.since(run.startedAt()).stream().filter(Violation::isError).count();
                run.listener().line(run.elapsed() + " rush: " + number + "/" + total + " orders started, "
                        + outcome.finished.get() + " finished, " + errors + " violations");
            }
        }
        run.listener().line(run.elapsed() + " rush: all " + total + " orders started; waiting for their flows");
    }

    /** The order templates of each scenario in the mix, which must exist and not be rushes themselves. */
    private Map<String, List<OrderTemplate>> mix(Scenario scenario) {
        Map<String, List<OrderTemplate>> mix = new HashMap<>();
        for (String name : scenario.rush().mix().keySet()) {
            Scenario member = scenarios.find(name).orElseThrow(() -> new ScenarioException(scenario.source()
                    + ": rush.mix names an unknown scenario '" + name + "'"));
            if (member.rush() != null) {
                throw new ScenarioException(scenario.source() + ": rush.mix names another rush '" + name + "'");
            }
            mix.put(name, member.orders());
        }
        return mix;
    }

    /** The scenario a roll below the total weight falls on. */
    private static String draw(int roll, List<String> names, Map<String, Integer> weights) {
        for (String candidate : names) {
            roll -= weights.get(candidate);
            if (roll < 0) {
                return candidate;
            }
        }
        return names.get(0);
    }
}
