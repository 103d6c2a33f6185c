package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.config.SimulatorSettings;
import dev.dstorekit.simulator.generate.OrderGenerator;
import dev.dstorekit.simulator.merchant.MerchantDriver;
import dev.dstorekit.simulator.report.RunReport;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a scenario against the configured POS: waits for a catalog to arrive, generates the orders from it, runs
 * every order's flow (concurrently; a rush at its rate) with the scenario's faults in place, and builds the report
 * from the orders' timelines and the violations seen during the run. A {@link RunListener} follows it as it goes.
 */
@Singleton
public class ScenarioRunner {

    /** Late notifications (e.g. an illegal one right after the last step) still count for the run. */
    private static final Duration SETTLE = Duration.ofMillis(500);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final AtomicLong LAST_RUN = new AtomicLong();
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioRunner.class);

    private final SimulatorSettings settings;
    private final MerchantDriver merchant;
    private final ScenarioCatalog scenarios;
    private final CatalogWait catalogs;
    private final FlowScheduler flows;
    private final RunReports reports;

    ScenarioRunner(SimulatorSettings settings, MerchantDriver merchant, ScenarioCatalog scenarios, CatalogWait catalogs,
                   FlowScheduler flows, RunReports reports) {
        this.settings = settings;
        this.merchant = merchant;
        this.scenarios = scenarios;
        this.catalogs = catalogs;
        this.flows = flows;
        this.reports = reports;
    }

    /** A fresh run id: the day and a counter, all digits, so requestOrderIds look like D-Store's. */
    public static String newRunId() {
        long stamp = LAST_RUN.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis() / 100));
        return LocalDate.now(ZoneOffset.UTC).format(DAY) + String.format("%06d", stamp % 1_000_000);
    }

    public RunReport run(Scenario scenario, RunOptions options, Progress progress) {
        return run(scenario, options, progress, newRunId());
    }

    /** Runs {@code scenario} with its progress as text lines (a rush shows {@link RunOptions.Detail#QUIET} at most). */
    public RunReport run(Scenario scenario, RunOptions options, Progress progress, String runId) {
        Instant started = Instant.now();
        RunOptions.Detail detail = scenario.rush() == null ? options.detail() : RunOptions.Detail.QUIET;
        return run(scenario, options, new ProgressLines(progress, detail, started), runId, started);
    }

    public RunReport run(Scenario scenario, RunOptions options, RunListener listener, String runId) {
        return run(scenario, options, listener, runId, Instant.now());
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
            RunReport report = reports.unknownScenario(runId, scenarioName, options,
                    options.clockSpeed() == null ? settings.clockSpeed() : options.clockSpeed(), posUrl(), e.getMessage());
            progress.line(report.summary());
            return report;
        }
        return run(scenario, options, progress, runId);
    }

    private RunReport run(Scenario scenario, RunOptions options, RunListener listener, String runId, Instant started) {
        double speed = options.clockSpeed() != null ? options.clockSpeed()
                : scenario.clockSpeed() != null ? scenario.clockSpeed() : settings.clockSpeed();
        ScenarioRun run = new ScenarioRun(runId, scenario, options, new SimClock(speed), posUrl(), started, listener);
        RunOutcome outcome = new RunOutcome();
        try {
            settings.requirePosGatewayUrl();
            announce(run);
            OrderGenerator generator = catalogs.await(options.catalogWait() != null ? options.catalogWait() : settings.catalogWait(), listener);
            flows.runAll(run, outcome, generator);
            Thread.sleep(SETTLE.toMillis());
            if (outcome.flows.get() > 0 && outcome.notApplicable.get() == outcome.flows.get()) {
                outcome.error = "no order could be placed: the stores with a catalog do not fit this scenario (see the progress)";
            } else if (!outcome.reachedPos.get() && outcome.flows.get() > 0) {
                outcome.error = "the POS at " + run.posUrl() + " could not be reached (connection refused or unknown host)";
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
        RunReport report = reports.report(run, outcome);
        listener.finished(report);
        return report;
    }

    private void announce(ScenarioRun run) {
        Scenario scenario = run.scenario();
        run.listener().line("scenario " + scenario.name() + " (run " + run.runId() + "): " + scenario.description().strip());
        run.listener().line("POS " + run.posUrl() + ", seed " + run.options().seed() + ", clock speed " + run.clock().speed()
                + ", merchant driver " + (merchant.present() ? settings.merchantDriver() : "none"));
        if (scenario.needsMerchant() && !merchant.present()) {
            run.listener().line("note: this scenario asks the merchant to act; without --merchant-driver the POS must send those notifications on its own");
        }
    }

    private String posUrl() {
        return settings.posGatewayUrl().map(Object::toString).orElse(null);
    }
}
