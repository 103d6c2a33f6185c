package dev.dstorekit.pos.overload;

import dev.dstorekit.pos.config.ConfigKey;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.micronaut.core.convert.ConversionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;

/**
 * Reads and checks {@code pos.overload.*} at start-up; a bad value stops the server with a message naming its key.
 * The D-Store limits default to the database pool: a call in progress holds at most one connection, so more calls in
 * progress than connections would only queue inside the pool, where nothing bounds the wait but the pool's time-out.
 */
@Factory
public class OverloadSettingsFactory {

    /** D-Store times out a createOrder after 8 s (REFERENCE §9). */
    public static final Duration DSTORE_BUDGET = Duration.ofSeconds(8);

    static final ConfigKey ANSWER_DEADLINE = new ConfigKey("pos.overload.answer-deadline");
    static final ConfigKey DSTORE_PERMITS = new ConfigKey("pos.overload.dstore.permits");
    static final ConfigKey DSTORE_QUEUE = new ConfigKey("pos.overload.dstore.queue");
    static final ConfigKey DSTORE_MAX_WAIT = new ConfigKey("pos.overload.dstore.max-wait");
    static final ConfigKey DSTORE_STANDING_WAIT = new ConfigKey("pos.overload.dstore.standing-queue-wait");
    static final ConfigKey MERCHANT_PERMITS = new ConfigKey("pos.overload.merchant.permits");
    static final ConfigKey MERCHANT_QUEUE = new ConfigKey("pos.overload.merchant.queue");
    static final ConfigKey MERCHANT_MAX_WAIT = new ConfigKey("pos.overload.merchant.max-wait");
    static final ConfigKey MERCHANT_STANDING_WAIT = new ConfigKey("pos.overload.merchant.standing-queue-wait");
    static final ConfigKey LOCK_TIMEOUT = new ConfigKey("pos.overload.database.lock-timeout");
    static final ConfigKey STATEMENT_TIMEOUT = new ConfigKey("pos.overload.database.statement-timeout");
    static final ConfigKey IDLE_IN_TRANSACTION = new ConfigKey("pos.overload.database.idle-in-transaction-timeout");
    static final ConfigKey POOL_SIZE = new ConfigKey("datasources.default.maximum-pool-size");
    static final ConfigKey POOL_WAIT = new ConfigKey("datasources.default.connection-timeout");

    public static final Duration DEFAULT_ANSWER_DEADLINE = Duration.ofSeconds(5);
    public static final Duration DEFAULT_DSTORE_MAX_WAIT = Duration.ofSeconds(1);
    public static final Duration DEFAULT_DSTORE_STANDING_WAIT = Duration.ofMillis(20);
    public static final Duration DEFAULT_MERCHANT_MAX_WAIT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_MERCHANT_STANDING_WAIT = Duration.ofMillis(200);
    /** Calls that may wait per permit; the waits, not this, decide in practice. */
    static final int QUEUE_PER_PERMIT = 10;
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMillis(1000);
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofMillis(2000);
    public static final Duration DEFAULT_IDLE_IN_TRANSACTION = Duration.ofSeconds(30);
    /** Hikari's own defaults, when the datasource does not set them. */
    static final int HIKARI_POOL_SIZE = 10;
    static final long HIKARI_CONNECTION_TIMEOUT_MS = 30_000;

    private static final Logger LOG = LoggerFactory.getLogger(OverloadSettingsFactory.class);

    @Context
    OverloadSettings overloadSettings(Environment env) {
        Duration deadline = duration(env, ANSWER_DEADLINE, DEFAULT_ANSWER_DEADLINE, false);
        if (deadline.compareTo(DSTORE_BUDGET) >= 0) {
            throw ANSWER_DEADLINE.invalid("must stay under D-Store's " + DSTORE_BUDGET.toSeconds()
                    + " s createOrder budget (leave time for the network), got " + deadline);
        }
        int poolSize = count(env, POOL_SIZE, HIKARI_POOL_SIZE, 1);
        int dstorePermits = count(env, DSTORE_PERMITS, poolSize, 1);
        OverloadSettings.Limits dstore = limits(env, dstorePermits, DSTORE_QUEUE, DSTORE_MAX_WAIT, DEFAULT_DSTORE_MAX_WAIT,
                DSTORE_STANDING_WAIT, DEFAULT_DSTORE_STANDING_WAIT);
        if (dstore.maxWait().compareTo(deadline) >= 0) {
            throw DSTORE_MAX_WAIT.invalid("must be shorter than " + ANSWER_DEADLINE + " (" + deadline + ")");
        }
        OverloadSettings.Limits merchant = limits(env, count(env, MERCHANT_PERMITS, Math.max(1, poolSize / 2), 1),
                MERCHANT_QUEUE, MERCHANT_MAX_WAIT, DEFAULT_MERCHANT_MAX_WAIT, MERCHANT_STANDING_WAIT,
                DEFAULT_MERCHANT_STANDING_WAIT);
        Duration lock = duration(env, LOCK_TIMEOUT, DEFAULT_LOCK_TIMEOUT, false);
        Duration statement = duration(env, STATEMENT_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT, false);
        if (lock.compareTo(statement) > 0) {
            throw LOCK_TIMEOUT.invalid("must not be longer than " + STATEMENT_TIMEOUT + " (" + statement
                    + "): a statement is cancelled when either runs out");
        }
        OverloadSettings settings = new OverloadSettings(deadline, dstore, merchant, new OverloadSettings.DatabaseTimeouts(
                lock, statement, duration(env, IDLE_IN_TRANSACTION, DEFAULT_IDLE_IN_TRANSACTION, false)));
        warnIfTheDeadlineDecides(settings, Duration.ofMillis(count(env, POOL_WAIT, HIKARI_CONNECTION_TIMEOUT_MS)));
        return settings;
    }

    private static OverloadSettings.Limits limits(Environment env, int permits, ConfigKey queue, ConfigKey maxWait,
                                                  Duration defaultMaxWait, ConfigKey standingWait,
                                                  Duration defaultStandingWait) {
        Duration longest = duration(env, maxWait, defaultMaxWait, true);
        Duration standing = duration(env, standingWait, defaultStandingWait, true);
        if (standing.compareTo(longest) > 0) {
            throw standingWait.invalid("must not be longer than " + maxWait + " (" + longest + ")");
        }
        return new OverloadSettings.Limits(permits, count(env, queue, QUEUE_PER_PERMIT * permits, 0), longest, standing);
    }

    /**
     * The deadline bounds every answer whatever the time-outs are; with time-outs that fit inside it, a call stuck on
     * the database also ends (and frees its permit and connection) before its caller is told U.
     */
    private static void warnIfTheDeadlineDecides(OverloadSettings settings, Duration poolWait) {
        Duration longest = settings.dstore().maxWait().plus(poolWait).plus(settings.database().statementTimeout());
        if (longest.compareTo(settings.answerDeadline()) > 0) {
            LOG.warn("{} + {} + {} = {} exceeds {} ({}): a D-Store call stuck that long is answered U at the deadline"
                            + " while it still holds its database connection", DSTORE_MAX_WAIT, POOL_WAIT, STATEMENT_TIMEOUT,
                    longest, ANSWER_DEADLINE, settings.answerDeadline());
        }
    }

    private static Duration duration(Environment env, ConfigKey key, Duration fallback, boolean zeroAllowed) {
        Optional<String> raw = env.getProperty(key.name(), String.class).filter(v -> !v.isBlank());
        if (raw.isEmpty()) {
            return fallback;
        }
        Optional<Duration> parsed = ConversionService.SHARED.convert(raw.get().strip(), Duration.class);
        if (parsed.isEmpty()) {
            throw key.invalid("'" + raw.get() + "' is not a duration; write e.g. 500ms, 2s");
        }
        if (parsed.get().isNegative() || (!zeroAllowed && parsed.get().isZero())) {
            throw key.invalid("must be " + (zeroAllowed ? "zero or more" : "positive") + ", got " + raw.get());
        }
        return parsed.get();
    }

    private static int count(Environment env, ConfigKey key, int fallback, int minimum) {
        long value = count(env, key, fallback);
        if (value < minimum || value > Integer.MAX_VALUE) {
            throw key.invalid("must be at least " + minimum + ", got " + value);
        }
        return (int) value;
    }

    private static long count(Environment env, ConfigKey key, long fallback) {
        Optional<String> raw = env.getProperty(key.name(), String.class).filter(v -> !v.isBlank());
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(raw.get().strip());
        } catch (NumberFormatException e) {
            throw key.invalid("'" + raw.get() + "' is not a whole number");
        }
    }
}
