package dev.dstorekit.simulator.scenario;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * One run of a scenario: what runs, how, since when, and who follows it.
 *
 * @param posUrl the POS under test, for the report; null when none is configured
 */
record ScenarioRun(String runId, Scenario scenario, RunOptions options, SimClock clock, @Nullable String posUrl, Instant startedAt,
                   RunListener listener) {

    /** Seconds since the run started, for progress lines. */
    String elapsed() {
        return ProgressLines.elapsed(startedAt);
    }
}
