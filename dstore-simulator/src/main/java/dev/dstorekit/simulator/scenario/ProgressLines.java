package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.order.TimelineEntry;
import dev.dstorekit.simulator.report.RunReport;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A run's progress as text lines for the console or the control API: run lines as they come, and of each order's
 * timeline what {@link RunOptions.Detail} asks for — problems always, the flow's notes at {@code STEPS}, everything
 * at {@code CALLS} — each after the seconds since the run started.
 */
public final class ProgressLines implements RunListener {

    private final Progress progress;
    private final RunOptions.Detail detail;
    private final Instant started;

    public ProgressLines(Progress progress, RunOptions.Detail detail, Instant started) {
        this.progress = progress;
        this.detail = detail;
        this.started = started;
    }

    /** Seconds since {@code started}, e.g. {@code +12.5s}. */
    public static String elapsed(Instant started) {
        long millis = Duration.between(started, Instant.now()).toMillis();
        return String.format(Locale.ROOT, "+%.1fs", millis / 1000.0);
    }

    @Override
    public void line(String text) {
        progress.line(text);
    }

    @Override
    public void event(OrderEvent event) {
        TimelineEntry entry = event.entry();
        boolean problem = entry.direction().equals("VIOLATION") || entry.direction().equals("WARNING");
        boolean steps = detail == RunOptions.Detail.STEPS;
        String who = steps ? event.label() : event.order().requestOrderId();
        String flow = event.order().flow();
        if (problem) {
            progress.line(elapsed(started) + " " + who + " " + (entry.direction().equals("VIOLATION") ? "VIOLATION " : "warning ")
                    + entry.summary());
        } else if (steps && entry.direction().equals("NOTE")) {
            String text = entry.summary().startsWith(flow + ": ") ? entry.summary().substring(flow.length() + 2) : entry.summary();
            progress.line(elapsed(started) + " " + who + ": " + text);
        } else if (detail == RunOptions.Detail.CALLS) {
            String text = entry.direction().equals("NOTE") && entry.operation().equals("flow") ? entry.summary()
                    : entry.direction() + " " + entry.operation() + ": " + entry.summary();
            progress.line(elapsed(started) + " " + who + " " + text);
        }
    }

    @Override
    public void finished(RunReport report) {
        progress.line(report.summary());
    }
}
