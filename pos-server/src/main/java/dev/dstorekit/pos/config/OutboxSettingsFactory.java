package dev.dstorekit.pos.config;

import dev.dstorekit.pos.outbox.application.OutboxSettings;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.micronaut.core.convert.ConversionService;

import java.time.Duration;
import java.util.Optional;

/**
 * Reads and checks {@code pos.outbox.*} and {@code dstore.request-timeout} at start-up; a bad value stops the
 * server with a message naming its key. The lease must comfortably outlast a D-Store call (twice the request
 * time-out), or a slow call could be sent a second time by another instance while the first is still in flight.
 */
@Factory
public class OutboxSettingsFactory {

    static final ConfigKey POLL_INTERVAL = new ConfigKey("pos.outbox.poll-interval");
    static final ConfigKey INITIAL_BACKOFF = new ConfigKey("pos.outbox.initial-backoff");
    static final ConfigKey MAX_BACKOFF = new ConfigKey("pos.outbox.max-backoff");
    static final ConfigKey MAX_ATTEMPTS = new ConfigKey("pos.outbox.max-attempts");
    static final ConfigKey LEASE = new ConfigKey("pos.outbox.lease");
    static final ConfigKey BATCH_SIZE = new ConfigKey("pos.outbox.batch-size");
    static final ConfigKey REQUEST_TIMEOUT = new ConfigKey("dstore.request-timeout");

    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_ATTEMPTS = 20;
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);
    public static final int DEFAULT_BATCH_SIZE = 10;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    @Context
    OutboxSettings outboxSettings(Environment env) {
        Duration poll = duration(env, POLL_INTERVAL, DEFAULT_POLL_INTERVAL);
        Duration initial = duration(env, INITIAL_BACKOFF, DEFAULT_INITIAL_BACKOFF);
        Duration max = duration(env, MAX_BACKOFF, DEFAULT_MAX_BACKOFF);
        if (max.compareTo(initial) < 0) {
            throw MAX_BACKOFF.invalid("must not be shorter than " + INITIAL_BACKOFF + " (" + initial + ")");
        }
        Duration lease = duration(env, LEASE, DEFAULT_LEASE);
        Duration timeout = duration(env, REQUEST_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
        if (lease.compareTo(timeout.multipliedBy(2)) < 0) {
            throw LEASE.invalid("must be at least twice " + REQUEST_TIMEOUT + " (" + timeout + "), so a claimed"
                    + " message is never sent again while its first attempt may still be in flight");
        }
        return new OutboxSettings(poll, initial, max, positive(env, MAX_ATTEMPTS, DEFAULT_MAX_ATTEMPTS), lease,
                positive(env, BATCH_SIZE, DEFAULT_BATCH_SIZE));
    }

    private static Duration duration(Environment env, ConfigKey key, Duration fallback) {
        Optional<String> raw = env.getProperty(key.name(), String.class).filter(v -> !v.isBlank());
        if (raw.isEmpty()) {
            return fallback;
        }
        Optional<Duration> parsed = ConversionService.SHARED.convert(raw.get().strip(), Duration.class);
        if (parsed.isEmpty()) {
            throw key.invalid("'" + raw.get() + "' is not a duration; write e.g. 500ms, 10s or 5m");
        }
        if (parsed.get().isNegative() || parsed.get().isZero()) {
            throw key.invalid("must be positive, got " + raw.get());
        }
        return parsed.get();
    }

    private static int positive(Environment env, ConfigKey key, int fallback) {
        Optional<String> raw = env.getProperty(key.name(), String.class).filter(v -> !v.isBlank());
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get().strip());
            if (value < 1) {
                throw key.invalid("must be at least 1, got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw key.invalid("'" + raw.get() + "' is not a whole number");
        }
    }
}
