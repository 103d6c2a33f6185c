package dev.dstorekit.simulator.scenario;

import java.time.Duration;

/**
 * Compresses scenario time: with speed 60 a 5-minute acceptance window passes in 5 seconds. Network budgets
 * (createOrder's 8 seconds, read timeouts) are never scaled.
 */
public record SimClock(double speed) {

    private static final Duration MINIMUM = Duration.ofMillis(1);

    public SimClock {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("clock speed must be above 0, got " + speed);
        }
    }

    /** The real time a simulated duration takes. */
    public Duration real(Duration simulated) {
        Duration real = Duration.ofNanos((long) (simulated.toNanos() / speed));
        return real.compareTo(MINIMUM) < 0 ? MINIMUM : real;
    }

    public void sleep(Duration simulated) throws InterruptedException {
        Thread.sleep(real(simulated).toMillis());
    }
}
