package dev.dstorekit.simulator.config;

import io.micronaut.context.exceptions.ConfigurationException;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The checked, typed form of {@link SimulatorConfiguration}: every value the simulator runs on, validated once
 * at start-up with a message naming the offending key.
 *
 * @param clockSpeed         how much faster than real time scenario windows pass (1 = real time)
 * @param zone               the time zone of Request-Time headers and order times (D-Store: Asia/Singapore)
 * @param posGatewayUrl      the POS under test, empty until configured (serving works without it)
 * @param createOrderBudget  D-Store's createOrder budget; never scaled by the clock speed
 */
public record SimulatorSettings(double clockSpeed,
                                ZoneId zone,
                                Optional<URI> posGatewayUrl,
                                Duration createOrderBudget,
                                Duration acceptanceWindow,
                                Duration notificationTimeout,
                                Duration catalogWait,
                                String merchantDriver,
                                java.util.Map<String, String> merchantVariables,
                                List<String> scenarioDirs,
                                List<String> faults,
                                List<String> pdsAreas,
                                int maxConcurrentOrders) {

    /** Reads and checks the configuration; the first bad key stops start-up. */
    public static SimulatorSettings from(SimulatorConfiguration config) {
        if (!(config.getClockSpeed() > 0) || config.getClockSpeed() > 100_000) {
            throw bad("simulator.clock-speed", "must be a number above 0 and at most 100000, got " + config.getClockSpeed());
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(config.getTimeZone());
        } catch (DateTimeException e) {
            throw bad("simulator.time-zone", "not a time zone: " + config.getTimeZone());
        }
        Optional<URI> pos = Optional.empty();
        String url = config.getPos().getGatewayUrl();
        if (url != null && !url.isBlank()) {
            pos = Optional.of(parseUrl(url.strip()));
        }
        positive("simulator.pos.create-order-budget", config.getPos().getCreateOrderBudget());
        positive("simulator.acceptance-window", config.getAcceptanceWindow());
        positive("simulator.notification-timeout", config.getNotificationTimeout());
        positive("simulator.catalog-wait", config.getCatalogWait());
        if (config.getMaxConcurrentOrders() < 1) {
            throw bad("simulator.max-concurrent-orders", "must be at least 1");
        }
        String driver = config.getMerchantDriver() == null || config.getMerchantDriver().isBlank()
                ? "none" : config.getMerchantDriver().strip();
        return new SimulatorSettings(config.getClockSpeed(), zone, pos, config.getPos().getCreateOrderBudget(),
                config.getAcceptanceWindow(), config.getNotificationTimeout(), config.getCatalogWait(), driver,
                java.util.Map.copyOf(config.getMerchantVariables()),
                List.copyOf(config.getScenarioDirs()), List.copyOf(config.getFaults()),
                List.copyOf(config.getPdsAreas()), config.getMaxConcurrentOrders());
    }

    /** The wall clock in the configured zone (Request-Time and order times carry its offset). */
    public Clock clock() {
        return Clock.system(zone);
    }

    /** The POS gateway, or a configuration error naming the key when a scenario needs it and it is missing. */
    public URI requirePosGatewayUrl() {
        return posGatewayUrl.orElseThrow(() -> bad("simulator.pos.gateway-url",
                "not set; it is the POS gateway the simulator sends createOrder to, e.g. http://localhost:8080"));
    }

    /** A POS gateway URL as {@code simulator.pos.gateway-url} takes it: http(s) with a host, or a configuration error naming the key. */
    public static URI parseUrl(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw bad("simulator.pos.gateway-url", "must be an http(s) URL such as http://localhost:8080, got " + url);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw bad("simulator.pos.gateway-url", "not a URL: " + url);
        }
    }

    private static void positive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw bad(key, "must be a positive duration such as 30s or 5m");
        }
    }

    static ConfigurationException bad(String key, String problem) {
        return new ConfigurationException(key + ": " + problem);
    }
}
