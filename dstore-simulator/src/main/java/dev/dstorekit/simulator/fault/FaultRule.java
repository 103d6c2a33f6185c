package dev.dstorekit.simulator.fault;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A fault to inject on the simulator's own endpoints: for calls to {@code operation} ({@code *} = all), either
 * the next {@code next} calls or each call with probability {@code rate}.
 * Compact form (configuration, CLI, scenarios): {@code notifyOrderChange:UNKNOWN:next=2},
 * {@code *:DELAY:rate=0.2:delay=3s}, {@code syncProduct:DROP} (next=1).
 */
@Serdeable
public record FaultRule(String operation, FaultKind kind, @Nullable Double rate, @Nullable Integer next, @Nullable Duration delay) {

    public FaultRule {
        if (operation == null || operation.isBlank()) {
            operation = "*";
        }
        if (kind == null) {
            throw new IllegalArgumentException("fault kind missing (UNKNOWN, TRAFFIC_LIMIT, DELAY, DROP, WRONG_SIGNATURE)");
        }
        if (rate != null && next != null) {
            throw new IllegalArgumentException("a fault has either rate or next, not both");
        }
        if (rate == null && next == null) {
            next = 1;
        }
        if (rate != null && !(rate > 0 && rate <= 1)) {
            throw new IllegalArgumentException("fault rate must be in (0, 1], got " + rate);
        }
        if (next != null && next < 1) {
            throw new IllegalArgumentException("fault next must be at least 1, got " + next);
        }
        if (kind == FaultKind.DELAY && (delay == null || delay.isNegative() || delay.isZero())) {
            throw new IllegalArgumentException("a DELAY fault needs delay=<duration>, e.g. delay=3s");
        }
    }

    public boolean matches(String calledOperation) {
        return "*".equals(operation) || operation.equals(calledOperation);
    }

    /** Reads the compact form. */
    public static FaultRule parse(String text) {
        String[] parts = text.strip().split(":");
        if (parts.length < 2) {
            throw new IllegalArgumentException("fault '" + text + "': expected <operation|*>:<KIND>[:next=N|:rate=P][:delay=D]");
        }
        FaultKind kind;
        try {
            kind = FaultKind.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fault '" + text + "': unknown kind " + parts[1]
                    + " (UNKNOWN, TRAFFIC_LIMIT, DELAY, DROP, WRONG_SIGNATURE)");
        }
        Double rate = null;
        Integer next = null;
        Duration delay = null;
        for (int i = 2; i < parts.length; i++) {
            String[] option = parts[i].split("=", 2);
            if (option.length != 2) {
                throw new IllegalArgumentException("fault '" + text + "': option " + parts[i] + " is not name=value");
            }
            String value = option[1].strip();
            try {
                switch (option[0].strip()) {
                    case "rate" -> rate = Double.parseDouble(value);
                    case "next" -> next = Integer.parseInt(value);
                    case "delay" -> delay = duration(value);
                    default -> throw new IllegalArgumentException("fault '" + text + "': unknown option " + option[0]);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException("fault '" + text + "': bad value " + value + " for " + option[0]);
            }
        }
        return new FaultRule(parts[0].strip(), kind, rate, next, delay);
    }

    /** {@code 250ms}, {@code 3s}, {@code 2m}, or ISO-8601 {@code PT3S}. */
    public static Duration duration(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        if (v.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
        }
        if (v.endsWith("m")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 60_000));
        }
        if (v.endsWith("h")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 3_600_000));
        }
        return Duration.parse(value.strip());
    }

    @Override
    public String toString() {
        return operation + ":" + kind + (rate != null ? ":rate=" + rate : ":next=" + next)
                + (delay != null ? ":delay=" + delay.toMillis() + "ms" : "");
    }
}
