package dev.dstorekit.conformance;

import dev.dstorekit.conformance.generate.GeneratorSettings;
import dev.dstorekit.signature.InvalidKeyException;
import dev.dstorekit.signature.RsaKeys;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Everything the suite knows about the POS under test: where it is, the identity and keys of the signature
 * scheme, one merchant store, and optionally product ids. Read once per run from {@link Settings}; every
 * problem is reported as a {@link ConfigurationException} naming the setting.
 *
 * @param target            base URL of the POS server; the API paths are appended to it
 * @param clientId          Client-Id sent with every request (and expected on the POS's outbound calls)
 * @param dstorePrivateKey  D-Store's private key: signs requests to the POS and the embedded endpoint's answers
 * @param posPublicKey      the POS's public key: checks its answers and its outbound calls
 * @param posAccountId      merchant account the orders go to
 * @param posStoreId        store the orders go to
 * @param productIds        products to order; empty means "learn them from a syncProduct"
 * @param reportDir         where reports are written
 * @param timingCalls       createOrder calls made for the p50/p99 figures
 * @param createOrderBudget how long D-Store waits for a createOrder answer
 * @param dstorePort        port of the embedded D-Store endpoint, 0 for any free port
 * @param outboundWait      how long outbound cases wait for the POS's calls
 * @param catalogWait       how long to wait for a syncProduct when no product ids are configured
 * @param currency          currency of the orders sent, unless the learned catalog says otherwise
 * @param generator         seed and sizes of the generated requests of the data-acceptance cases
 */
public record ConformanceConfig(URI target,
                                String clientId,
                                PrivateKey dstorePrivateKey,
                                PublicKey posPublicKey,
                                String posAccountId,
                                String posStoreId,
                                List<String> productIds,
                                Path reportDir,
                                int timingCalls,
                                Duration createOrderBudget,
                                int dstorePort,
                                Duration outboundWait,
                                Duration catalogWait,
                                String currency,
                                GeneratorSettings generator) {

    public ConformanceConfig {
        productIds = List.copyOf(productIds);
    }

    /**
     * Reads the configuration.
     *
     * @param lookup a setting's value by key (e.g. JUnit configuration parameters); the environment is the fallback
     */
    public static ConformanceConfig from(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> values = key -> lookup.apply(key)
                .or(() -> Optional.ofNullable(System.getenv(Settings.environmentName(key))))
                .map(String::strip)
                .filter(v -> !v.isEmpty());
        return new ConformanceConfig(
                target(required(values, Settings.TARGET)),
                required(values, Settings.CLIENT_ID),
                privateKey(required(values, Settings.DSTORE_PRIVATE_KEY)),
                publicKey(required(values, Settings.POS_PUBLIC_KEY)),
                required(values, Settings.POS_ACCOUNT_ID),
                required(values, Settings.POS_STORE_ID),
                values.apply(Settings.PRODUCT_IDS).map(ConformanceConfig::list).orElse(List.of()),
                Path.of(values.apply(Settings.REPORT_DIR).orElse("conformance-reports")),
                positive(values, Settings.TIMING_CALLS, 20),
                duration(values, Settings.CREATE_ORDER_BUDGET, Duration.ofSeconds(8)),
                port(values),
                duration(values, Settings.OUTBOUND_WAIT, Duration.ofSeconds(10)),
                duration(values, Settings.CATALOG_WAIT, Duration.ofSeconds(30)),
                currency(values.apply(Settings.CURRENCY).orElse("SGD")),
                generator(values));
    }

    private static GeneratorSettings generator(Function<String, Optional<String>> values) {
        Optional<String> seed = values.apply(Settings.SEED);
        return new GeneratorSettings(
                seed.map(ConformanceConfig::seed).orElseGet(() -> ThreadLocalRandom.current().nextLong(1, 10_000_000_000L)),
                seed.isPresent(),
                positive(values, Settings.GENERATED_REQUESTS, GeneratorSettings.DEFAULT_REQUESTS),
                positive(values, Settings.GENERATED_MAX_LINES, GeneratorSettings.DEFAULT_MAX_LINES),
                positive(values, Settings.GENERATED_MAX_MODIFIERS, GeneratorSettings.DEFAULT_MAX_MODIFIERS),
                positive(values, Settings.GENERATED_MAX_NESTING, GeneratorSettings.DEFAULT_MAX_NESTING));
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ConfigurationException(Settings.SEED + ": expected a whole number (the seed a report printed), got '"
                    + value + "'");
        }
    }

    /** How long the suite's HTTP client waits for any answer: past D-Store's budget, so slow answers are measured. */
    public Duration requestTimeout() {
        return createOrderBudget.plusSeconds(10);
    }

    private static String required(Function<String, Optional<String>> values, String key) {
        return values.apply(key).orElseThrow(() -> new ConfigurationException(key + ": required but not set"
                + " (system property " + key + " or environment variable " + Settings.environmentName(key) + ")"));
    }

    private static URI target(String value) {
        try {
            URI uri = new URI(value);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new ConfigurationException(Settings.TARGET + ": not an http(s) URL: " + value);
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new ConfigurationException(Settings.TARGET + ": give the base URL without query or fragment: " + value);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigurationException(Settings.TARGET + ": not a URL: " + value);
        }
    }

    private static PrivateKey privateKey(String value) {
        try {
            return RsaKeys.privateKey(value, Settings.DSTORE_PRIVATE_KEY);
        } catch (InvalidKeyException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    private static PublicKey publicKey(String value) {
        try {
            return RsaKeys.publicKey(value, Settings.POS_PUBLIC_KEY);
        } catch (InvalidKeyException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static int positive(Function<String, Optional<String>> values, String key, int fallback) {
        String value = values.apply(key).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException(key + ": expected a positive whole number, got '" + value + "'");
    }

    private static int port(Function<String, Optional<String>> values) {
        String value = values.apply(Settings.DSTORE_PORT).orElse("0");
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException(Settings.DSTORE_PORT + ": expected a port number (0 for any free port), got '" + value + "'");
    }

    /** {@code 8s}, {@code 1500ms}, {@code 2m} or ISO 8601 ({@code PT8S}). */
    static Duration duration(Function<String, Optional<String>> values, String key, Duration fallback) {
        String value = values.apply(key).orElse(null);
        if (value == null) {
            return fallback;
        }
        String v = value.toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (v.startsWith("pt")) {
                d = Duration.parse(value.toUpperCase(Locale.ROOT));
            } else if (v.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).strip()));
            } else if (v.endsWith("s")) {
                d = Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1).strip()) * 1000));
            } else if (v.endsWith("m")) {
                d = Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1).strip()) * 60);
            } else {
                d = Duration.ofSeconds(Long.parseLong(v));
            }
            if (!d.isNegative()) {
                return d;
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // reported below
        }
        throw new ConfigurationException(key + ": expected a duration such as 8s, 1500ms or PT8S, got '" + value + "'");
    }

    private static String currency(String value) {
        if (!value.matches("[A-Z]{3}")) {
            throw new ConfigurationException(Settings.CURRENCY + ": expected an ISO 4217 code such as SGD, got '" + value + "'");
        }
        return value;
    }

    /** Without the keys: safe to print. */
    @Override
    public String toString() {
        return "ConformanceConfig[target=" + target + ", clientId=" + clientId + ", posAccountId=" + posAccountId
                + ", posStoreId=" + posStoreId + ", productIds=" + productIds + ", reportDir=" + reportDir
                + ", timingCalls=" + timingCalls + ", createOrderBudget=" + createOrderBudget + ", generator=" + generator + "]";
    }
}
