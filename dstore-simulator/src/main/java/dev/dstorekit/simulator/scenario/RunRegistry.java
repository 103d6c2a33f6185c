package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.report.RunReport;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Scenario runs started through the control API, each in the background, with their progress lines and report. */
@Singleton
public class RunRegistry {

    /** A run as the control API shows it. */
    @Serdeable
    public record RunView(String runId, String scenario, String state, Instant startedAt, List<String> progress,
                          @Nullable RunReport report) {
    }

    private record Run(String runId, String scenario, Instant startedAt, List<String> progress, CompletableFuture<RunReport> report) {
    }

    private final ScenarioRunner runner;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "sim-run");
        thread.setDaemon(true);
        return thread;
    });

    public RunRegistry(ScenarioRunner runner) {
        this.runner = runner;
    }

    /** Starts the named scenario; its report arrives when it finishes. */
    public RunView start(String scenario, RunOptions options) {
        String runId = ScenarioRunner.newRunId();
        List<String> progress = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<RunReport> report = new CompletableFuture<>();
        Run run = new Run(runId, scenario, Instant.now(), progress, report);
        runs.put(runId, run);
        executor.submit(() -> {
            try {
                report.complete(runner.run(scenario, options, progress::add, runId));
            } catch (RuntimeException | Error e) {
                report.completeExceptionally(e);
            }
        });
        return view(run, 0);
    }

    /** The run with the progress lines from {@code fromLine} on. */
    public Optional<RunView> find(String runId, int fromLine) {
        return Optional.ofNullable(runs.get(runId)).map(run -> view(run, fromLine));
    }

    public List<RunView> all() {
        return runs.values().stream().sorted((a, b) -> a.startedAt().compareTo(b.startedAt())).map(run -> view(run, Integer.MAX_VALUE)).toList();
    }

    private static RunView view(Run run, int fromLine) {
        List<String> lines;
        synchronized (run.progress()) {
            lines = List.copyOf(run.progress().subList(Math.min(Math.max(0, fromLine), run.progress().size()), run.progress().size()));
        }
        RunReport report = run.report().isDone() && !run.report().isCompletedExceptionally() ? run.report().join() : null;
        String state = !run.report().isDone() ? "RUNNING" : report == null ? "FAILED_TO_RUN" : "DONE";
        return new RunView(run.runId(), run.scenario(), state, run.startedAt(), lines, report);
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
