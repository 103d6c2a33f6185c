package dev.dstorekit.simulator.report;

import dev.dstorekit.simulator.violation.Violation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * The report of a scenario run, as written to {@code <scenario>.json} and summarised in JUnit XML.
 *
 * @param status {@code PASSED} (no error-level violation), {@code FAILED} (violations) or {@code ERROR} (could not run)
 * @param error  why the run could not run, for ERROR
 */
@Serdeable
public record RunReport(String runId,
                        String scenario,
                        String description,
                        String status,
                        @Nullable String error,
                        long seed,
                        double clockSpeed,
                        @Nullable String posGatewayUrl,
                        boolean merchantDriver,
                        Instant startedAt,
                        Instant finishedAt,
                        Counts counts,
                        List<OrderReport> orders,
                        List<Violation> violations) {

    public static final String PASSED = "PASSED";
    public static final String FAILED = "FAILED";
    public static final String ERROR = "ERROR";

    /** Orders created, notifyOrderChange calls received for them, error- and warning-level violations. */
    @Serdeable
    public record Counts(int orders, int notifications, int violations, int warnings) {
    }

    /** The process exit code for this report: 0 passed, 1 violations, 2 could not run. */
    public int exitCode() {
        return switch (status) {
            case PASSED -> 0;
            case FAILED -> 1;
            default -> 2;
        };
    }

    /** {@code <scenario>: <status>, N orders, M notifications, V violations, W warnings}. */
    public String summary() {
        return scenario + ": " + status + ", " + counts.orders() + " orders, " + counts.notifications() + " notifications, "
                + counts.violations() + " violations, " + counts.warnings() + " warnings"
                + (error == null ? "" : " (" + error + ")");
    }
}
