package dev.dstorekit.simulator.load;

import dev.dstorekit.simulator.fault.FaultRule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When each request of a stage is due: steps of a fixed rate back to back (an overload run: 600/s for 20 s, 2,200/s
 * for 30 s, 600/s for 30 s), after an unmeasured warm-up at the first step's rate. One fixed rate is one step.
 *
 * @param steps  the measured steps, in order
 * @param warmup how long the first step's rate runs before them, unmeasured
 */
public record Schedule(List<Step> steps, Duration warmup) {

    /** {@code rate} requests per second for {@code duration}. */
    public record Step(double rate, Duration duration) {

        public Step {
            LoadGenerator.requireRate(rate);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a step must last, got " + duration);
            }
        }

        long requests() {
            return Math.round(rate * duration.toMillis() / 1000.0);
        }
    }

    public Schedule {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one step");
        }
        steps = List.copyOf(steps);
    }

    public static Schedule fixed(double rate, Duration warmup, Duration duration) {
        return new Schedule(List.of(new Step(rate, duration)), warmup);
    }

    /** {@code 600:20s,2200:30s,600:30s}: rate per second and duration of each step. */
    public static Schedule parse(String text, Duration warmup) {
        List<Step> steps = new ArrayList<>();
        for (String step : text.split(",")) {
            String[] parts = step.strip().split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("--schedule step '" + step.strip() + "' is not RATE:DURATION, e.g. 600:20s");
            }
            double rate;
            try {
                rate = Double.parseDouble(parts[0].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--schedule step '" + step.strip() + "': '" + parts[0] + "' is not a rate");
            }
            steps.add(new Step(rate, FaultRule.duration(parts[1].strip())));
        }
        return new Schedule(steps, warmup);
    }

    /** The warm-up's requests, which come first and are not measured. */
    public long warmupRequests() {
        return Math.round(steps.get(0).rate() * warmup.toMillis() / 1000.0);
    }

    public long requests() {
        return warmupRequests() + steps.stream().mapToLong(Step::requests).sum();
    }

    public Duration measured() {
        return steps.stream().map(Step::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /** Offered requests per second over the measured steps. */
    public double meanRate() {
        return steps.stream().mapToLong(Step::requests).sum() / (measured().toMillis() / 1000.0);
    }

    /** Each request's due time in nanoseconds after the first; the measured ones start at {@link #warmupRequests()}. */
    long[] offsets() {
        long[] offsets = new long[Math.toIntExact(requests())];
        int i = 0;
        double firstPeriod = 1e9 / steps.get(0).rate();
        for (long w = 0; w < warmupRequests(); w++) {
            offsets[i++] = Math.round(w * firstPeriod);
        }
        long stepStart = warmup.toNanos();
        for (Step step : steps) {
            double period = 1e9 / step.rate();
            for (long n = 0; n < step.requests(); n++) {
                offsets[i++] = stepStart + Math.round(n * period);
            }
            stepStart += step.duration().toNanos();
        }
        return offsets;
    }
}
