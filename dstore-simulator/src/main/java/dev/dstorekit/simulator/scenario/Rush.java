package dev.dstorekit.simulator.scenario;

import java.time.Duration;
import java.util.Map;

/**
 * A stream of orders at a fixed rate: {@code ratePerMinute} orders per simulated minute for {@code duration}
 * (simulated), each following the flow of a scenario picked from {@code mix} by weight.
 */
public record Rush(double ratePerMinute, Duration duration, Map<String, Integer> mix) {

    public long orders() {
        return Math.max(1, Math.round(ratePerMinute * duration.toMillis() / 60_000.0));
    }
}
