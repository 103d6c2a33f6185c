package dev.dstorekit.simulator.scenario;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * How to run a scenario.
 *
 * @param seed        orders are generated from it: the same seed and catalogs give the same orders
 * @param clockSpeed  overrides the scenario's and the configured clock speed
 * @param catalogWait how long (real time) to wait for a catalog to arrive; null: {@code simulator.catalog-wait}
 * @param verbose     one progress line per step; false prints only violations and a periodic summary
 */
public record RunOptions(long seed, @Nullable Double clockSpeed, @Nullable Duration catalogWait, boolean verbose) {

    public static RunOptions defaults() {
        return new RunOptions(1L, null, null, true);
    }
}
