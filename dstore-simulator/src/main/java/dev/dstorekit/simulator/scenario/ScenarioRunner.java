package dev.dstorekit.simulator.scenario;

import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.OrderProduct;
import dev.dstorekit.api.pos.model.OrderProductModifier;
import dev.dstorekit.simulator.catalog.Money;
import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.catalog.CatalogRepository;
import dev.dstorekit.simulator.catalog.StoreService;
import dev.dstorekit.simulator.config.SimulatorSettings;
import dev.dstorekit.simulator.fault.FaultInjector;
import dev.dstorekit.simulator.generate.OrderGenerator;
import dev.dstorekit.simulator.merchant.MerchantDriver;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.pos.PosGateway;
import dev.dstorekit.simulator.report.OrderReport;
import dev.dstorekit.simulator.report.RunReport;
import dev.dstorekit.simulator.violation.Violation;
import dev.dstorekit.simulator.violation.ViolationLog;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Runs a scenario against the configured POS: waits for a catalog to arrive, generates the orders from it, runs
 * every order's flow (concurrently; a rush at its rate), applies the scenario's faults meanwhile, and builds the
 * report from the orders' timelines and the violations seen during the run.
 */
@Singleton
public class ScenarioRunner {

    /** Late notifications (e.g. an illegal one right after the last step) still count for the run. */
    private static final Duration SETTLE = Duration.ofMillis(500);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final AtomicLong LAST_RUN = new AtomicLong();
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioRunner.class);

    private final SimulatorSettings settings;
    private final PosGateway pos;
    private final MerchantDriver merchant;
    private final ViolationLog violations;
    private final OrderRepository orders;
    private final CatalogRepository catalogs;
    private final StoreService stores;
    private final FaultInjector faults;
    private final AcceptanceKnowledge acceptance;
    private final ScenarioCatalog scenarios;
    private final JsonMapper json;

    public ScenarioRunner(SimulatorSettings settings, PosGateway pos, MerchantDriver merchant, ViolationLog violations,
                          OrderRepository orders, CatalogRepository catalogs, StoreService stores, FaultInjector faults,
                          AcceptanceKnowledge acceptance, ScenarioCatalog scenarios, JsonMapper json) {
        this.settings = settings;
        this.pos = pos;
        this.merchant = merchant;
        this.violations = violations;
        this.orders = orders;
        this.catalogs = catalogs;
        this.stores = stores;
        this.faults = faults;
        this.acceptance = acceptance;
        this.scenarios = scenarios;
        this.json = json;
    }

    /** A fresh run id: the day and a counter, all digits, so requestOrderIds look like D-Store's. */
    public static String newRunId() {
        long stamp = LAST_RUN.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis() / 100));
        return LocalDate.now(ZoneOffset.UTC).format(DAY) + String.format("%06d", stamp % 1_000_000);
    }

    public RunReport run(Scenario scenario, RunOptions options, Progress progress) {
        return run(scenario, options, progress, newRunId());
    }

    public RunReport run(Scenario scenario, RunOptions options, Progress progress, String runId) {
        Instant started = Instant.now();
        double speed = options.clockSpeed() != null ? options.clockSpeed()
                : scenario.clockSpeed() != null ? scenario.clockSpeed() : settings.clockSpeed();
        String posUrl = settings.posGatewayUrl().map(Object::toString).orElse(null);
        Outcome outcome = new Outcome();
        try {
            settings.requirePosGatewayUrl();
            progress.line("scenario " + scenario.name() + " (run " + runId + "): " + scenario.description().strip());
            progress.line("POS " + posUrl + ", seed " + options.seed() + ", clock speed " + speed
                    + ", merchant driver " + (merchant.present() ? settings.merchantDriver() : "none"));
            if (scenario.needsMerchant() && !merchant.present()) {
                progress.line("note: this scenario asks the merchant to act; without --merchant-driver the POS must send those notifications on its own");
            }
            OrderGenerator generator = awaitCatalogs(options.catalogWait() != null ? options.catalogWait() : settings.catalogWait(), progress);
            RunContext context = new RunContext(runId, scenario, options.seed(), new SimClock(speed), pos, merchant, violations,
                    progress, scenario.rush() == null ? options.detail() : RunOptions.Detail.QUIET, settings.createOrderBudget(), settings.acceptanceWindow(),
                    settings.notificationTimeout(), acceptance, json, Executors.newCachedThreadPool(daemon("sim-call")), started);
            List<String> faultIds = scenario.faults().stream().map(faults::add).toList();
            try {
                execute(context, generator, outcome);
            } finally {
                faultIds.forEach(faults::remove);
                context.executor().shutdownNow();
            }
            Thread.sleep(SETTLE.toMillis());
            if (outcome.flows.get() > 0 && outcome.notApplicable.get() == outcome.flows.get()) {
                outcome.error = "no order could be placed: the stores with a catalog do not fit this scenario (see the progress)";
            } else if (!outcome.reachedPos.get() && outcome.flows.get() > 0) {
                outcome.error = "the POS at " + posUrl + " could not be reached (connection refused or unknown host)";
            }
        } catch (ScenarioException | ConfigurationException e) {
            outcome.error = e.getMessage();
        } catch (RuntimeException e) {
            LOG.error("Run {} of {} failed", runId, scenario.name(), e);
            outcome.error = "simulator error: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome.error = "interrupted";
        }
        RunReport report = report(scenario, options, speed, posUrl, runId, started, outcome);
        progress.line(report.summary());
        return report;
    }

    /** Runs one scenario by name (resolving {@link Rush} mixes through the catalog). */
    public RunReport run(String scenarioName, RunOptions options, Progress progress) {
        return run(scenarioName, options, progress, newRunId());
    }

    public RunReport run(String scenarioName, RunOptions options, Progress progress, String runId) {
        Scenario scenario;
        try {
            scenario = scenarios.require(scenarioName);
        } catch (ScenarioException e) {
            Instant now = Instant.now();
            RunReport report = new RunReport(runId, scenarioName, "", RunReport.ERROR, e.getMessage(), options.seed(),
                    options.clockSpeed() == null ? settings.clockSpeed() : options.clockSpeed(),
                    settings.posGatewayUrl().map(Object::toString).orElse(null), merchant.present(), now, now,
                    new RunReport.Counts(0, 0, 0, 0), List.of(), List.of());
            progress.line(report.summary());
            return report;
        }
        return run(scenario, options, progress, runId);
    }

    private void execute(RunContext context, OrderGenerator generator, Outcome outcome) throws InterruptedException {
        List<Future<?>> running = new ArrayList<>();
        ExecutorService flows = Executors.newCachedThreadPool(daemon("sim-order"));
        Semaphore slots = new Semaphore(settings.maxConcurrentOrders());
        try {
            Scenario scenario = context.scenario();
            if (scenario.rush() == null) {
                int index = 0;
                for (OrderTemplate template : scenario.orders()) {
                    for (int i = 0; i < template.count(); i++) {
                        int number = ++index;
                        running.add(flows.submit(() -> runOrder(context, generator, template, number, outcome)));
                    }
                }
            } else {
                rush(context, generator, outcome, flows, slots, running);
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
        }
    }

    private void rush(RunContext context, OrderGenerator generator, Outcome outcome, ExecutorService flows, Semaphore slots,
                      List<Future<?>> running) throws InterruptedException {
        Rush rush = context.scenario().rush();
        Map<String, List<OrderTemplate>> mix = new HashMap<>();
        for (String name : rush.mix().keySet()) {
            Scenario member = scenarios.find(name).orElseThrow(() -> new ScenarioException(context.scenario().source()
                    + ": rush.mix names an unknown scenario '" + name + "'"));
            if (member.rush() != null) {
                throw new ScenarioException(context.scenario().source() + ": rush.mix names another rush '" + name + "'");
            }
            mix.put(name, member.orders());
        }
        List<String> names = rush.mix().keySet().stream().sorted().toList();
        int totalWeight = names.stream().mapToInt(rush.mix()::get).sum();
        Random random = new Random(context.seed());
        long total = rush.orders();
        Duration interval = context.clock().real(Duration.ofNanos((long) (60_000_000_000L / rush.ratePerMinute())));
        context.progress().line("rush: " + total + " orders, one every " + interval.toMillis() + " ms (real) for "
                + context.clock().real(rush.duration()).toSeconds() + " s; mix " + rush.mix());
        long start = System.nanoTime();
        long lastReport = start;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval.toNanos();
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int roll = random.nextInt(totalWeight);
            String name = names.get(0);
            for (String candidate : names) {
                roll -= rush.mix().get(candidate);
                if (roll < 0) {
                    name = candidate;
                    break;
                }
            }
            List<OrderTemplate> templates = mix.get(name);
            OrderTemplate template = templates.get(random.nextInt(templates.size()));
            OrderTemplate named = new OrderTemplate(name, 1, template.profile(), template.flow());
            int number = i + 1;
            slots.acquire();
            running.add(flows.submit(() -> {
                try {
                    runOrder(context, generator, named, number, outcome);
                } finally {
                    slots.release();
                }
            }));
            if (System.nanoTime() - lastReport > 5_000_000_000L) {
                lastReport = System.nanoTime();
                context.progress().line(context.elapsed() + " rush: " + number + "/" + total + " orders started, "
                        + outcome.finished.get() + " finished, " + errors(context) + " violations");
            }
        }
        context.progress().line(context.elapsed() + " rush: all " + total + " orders started; waiting for their flows");
    }

    private long errors(RunContext context) {
        return violations.since(context.startedAt()).stream().filter(Violation::isError).count();
    }

    private void runOrder(RunContext context, OrderGenerator generator, OrderTemplate template, int index, Outcome outcome) {
        outcome.flows.incrementAndGet();
        Boolean wanted = template.wantedAutoAccept(merchant.present());
        Predicate<Catalog> filter = wanted == null ? catalog -> true
                : catalog -> acceptance.autoAccepts(catalog.store()).map(wanted::equals).orElse(true);
        long seed = context.seed() * 1_000_003L + template.name().hashCode() * 7_919L + index;
        int stores = Math.max(1, generator.stores().size());
        try {
            for (int attempt = 0; attempt < stores; attempt++) {
                String requestOrderId = context.runId() + String.format("%03d%d", index, attempt);
                Optional<CreateOrderRequest> request = generator.generate(requestOrderId, template.profile(), seed, Instant.now(), filter);
                if (request.isEmpty()) {
                    outcome.notApplicable.incrementAndGet();
                    context.progress().line(context.elapsed() + " order " + index + " (" + template.name() + "): not applicable, "
                            + (Boolean.FALSE.equals(wanted) ? "every store with a catalog auto-accepts and this flow needs manual acceptance"
                            : "no store with a catalog auto-accepts and no merchant driver (--merchant-driver) can accept orders"));
                    return;
                }
                SimOrder order = new SimOrder(request.get(), context.runId(), template.name());
                String label = context.scenario().rush() == null && template.count() == 1 ? template.name() : template.name() + "#" + index;
                OrderFlow flow = new OrderFlow(context, order, template, label);
                orders.add(order);
                order.log("NOTE", "flow", template.name() + ": " + summary(request.get()));
                String result = flow.run();
                outcome.outcomes.put(requestOrderId, result);
                if (flow.reachedPos()) {
                    outcome.reachedPos.set(true);
                }
                if (!flow.needsAnotherStore()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            outcome.finished.incrementAndGet();
        }
    }

    private OrderGenerator awaitCatalogs(Duration wait, Progress progress) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            List<Catalog> open = catalogs.all().stream().filter(catalog -> stores.open(catalog.store())).toList();
            OrderGenerator generator = new OrderGenerator(open, settings.zone());
            if (generator.hasStores()) {
                progress.line("catalogs: " + generator.stores().stream().map(c -> c.store() + " (" + c.products().size() + " products)")
                        .collect(Collectors.joining(", ")));
                return generator;
            }
            if (System.nanoTime() > deadline) {
                throw new ScenarioException("no orderable catalog arrived within " + wait.toSeconds()
                        + " s: make the POS send a full syncProduct (AVAILABLE SINGLE products with prices) to this simulator");
            }
            if (!told) {
                progress.line("waiting up to " + wait.toSeconds() + " s for the POS to sync a catalog (syncProduct)…");
                told = true;
            }
            Thread.sleep(200);
        }
    }

    private RunReport report(Scenario scenario, RunOptions options, double speed, String posUrl, String runId, Instant started,
                             Outcome outcome) {
        List<SimOrder> runOrders = orders.ofRun(runId);
        Set<String> ids = runOrders.stream().map(SimOrder::requestOrderId).collect(Collectors.toSet());
        List<Violation> seen = violations.since(started).stream()
                .filter(v -> v.requestOrderId() == null || ids.contains(v.requestOrderId())).toList();
        List<OrderReport> reports = new ArrayList<>();
        int notifications = 0;
        for (SimOrder order : runOrders) {
            CreateOrderRequest request = order.request();
            notifications += order.notifications();
            reports.add(new OrderReport(order.requestOrderId(), order.posOrderId(), order.flow(), order.store().toString(),
                    order.channel(), request.getServiceType().getValue(),
                    request.getDeliveryProvider() == null ? null : request.getDeliveryProvider().getValue(),
                    order.paid().value(), order.paid().currency(), order.status().name(),
                    outcome.outcomes.getOrDefault(order.requestOrderId(), order.status().name()), order.notifications(),
                    order.milestones(), order.timeline(), seen.stream().filter(v -> order.requestOrderId().equals(v.requestOrderId())).toList()));
        }
        int errors = (int) seen.stream().filter(Violation::isError).count();
        String status = outcome.error != null ? RunReport.ERROR : errors > 0 ? RunReport.FAILED : RunReport.PASSED;
        return new RunReport(runId, scenario.name(), scenario.description().strip(), status, outcome.error, options.seed(), speed,
                posUrl, merchant.present(), started, Instant.now(),
                new RunReport.Counts(runOrders.size(), notifications, errors, seen.size() - errors), reports, seen);
    }

    /** e.g. {@code DSTORE PICKUP at ACC/ST: 2× Roasted Chicken Rice (Regular) [Braised egg], 1× Kopi [Kosong]; 10.30 SGD}. */
    static String summary(CreateOrderRequest request) {
        List<String> lines = new ArrayList<>();
        for (OrderProduct line : request.getOrderProducts()) {
            List<String> modifiers = new ArrayList<>();
            modifierNames(line.getModifiers(), modifiers);
            lines.add(line.getQuantity() + "× " + (line.getName() != null ? line.getName() : line.getPosProductId())
                    + (modifiers.isEmpty() ? "" : " [" + String.join(", ", modifiers) + "]"));
        }
        return request.getOrderChannel() + " " + request.getServiceType()
                + (request.getDeliveryProvider() == null ? "" : " by " + request.getDeliveryProvider())
                + (request.getTableNo() == null ? "" : " (table " + request.getTableNo() + ")")
                + " at " + request.getPosAccountId() + "/" + request.getPosStoreId() + ": " + String.join(", ", lines) + "; "
                + new Money(request.getOrderAmount().getValue(), request.getOrderAmount().getCurrency()).display();
    }

    private static void modifierNames(List<OrderProductModifier> modifiers, List<String> into) {
        if (modifiers == null) {
            return;
        }
        for (OrderProductModifier modifier : modifiers) {
            String name = modifier.getName() != null ? modifier.getName() : modifier.getPosProductId();
            List<String> nested = new ArrayList<>();
            modifierNames(modifier.getModifiers(), nested);
            into.add((modifier.getQuantity() > 1 ? modifier.getQuantity() + "× " : "") + name
                    + (nested.isEmpty() ? "" : " (" + String.join(", ", nested) + ")"));
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** What the flows of a run found out, filled concurrently. */
    private static final class Outcome {
        final Map<String, String> outcomes = new ConcurrentHashMap<>();
        final java.util.concurrent.atomic.AtomicBoolean reachedPos = new java.util.concurrent.atomic.AtomicBoolean();
        final AtomicInteger flows = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        final AtomicInteger notApplicable = new AtomicInteger();
        volatile String error;
    }
}
