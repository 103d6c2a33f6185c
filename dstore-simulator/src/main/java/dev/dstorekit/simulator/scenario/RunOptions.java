package dev.dstorekit.simulator.scenario;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.Locale;

/**
 * How to run a scenario.
 *
 * @param seed        orders are generated from it: the same seed and catalogs give the same orders
 * @param clockSpeed  overrides the scenario's and the configured clock speed
 * @param catalogWait how long (real time) to wait for a catalog to arrive; null: {@code simulator.catalog-wait}
 * @param detail      how much progress to show while it runs (a rush shows {@link Detail#QUIET} at most)
 */
public record RunOptions(long seed, @Nullable Double clockSpeed, @Nullable Duration catalogWait, Detail detail) {

    /** Progress shown while a scenario runs. Violations and the summary are always shown. */
    public enum Detail {
        /** Violations, warnings and a periodic summary only. */
        QUIET,
        /** One line per step of each order, labelled with its flow (created, accepted, PREPARING notified, …). */
        STEPS,
        /** Every call out and in, every merchant action and every step, labelled with the requestOrderId. */
        CALLS;

        /** {@code quiet}, {@code steps} or {@code calls}, in any case. */
        public static Detail parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("detail: '" + text + "' is not one of quiet, steps, calls");
            }
        }
    }

    /** {@code verbose}: every call ({@link Detail#CALLS}); otherwise {@link Detail#QUIET}. */
    public RunOptions(long seed, @Nullable Double clockSpeed, @Nullable Duration catalogWait, boolean verbose) {
        this(seed, clockSpeed, catalogWait, verbose ? Detail.CALLS : Detail.QUIET);
    }

    public static RunOptions defaults() {
        return new RunOptions(1L, null, null, Detail.CALLS);
    }
}
