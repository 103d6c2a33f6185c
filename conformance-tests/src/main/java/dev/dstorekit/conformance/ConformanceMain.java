package dev.dstorekit.conformance;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code java -jar dstore-conformance.jar --target URL …}: plays D-Store against a POS server and exits 0 when
 * every case passes, 1 when one fails, 2 on bad usage (missing flag, unreadable key).
 */
@Command(name = "dstore-conformance", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = ConformanceMain.Version.class,
        description = {"Checks a POS server against the D-Store POS API: signatures, schemas, idempotency, result "
                + "semantics, order flow, timing, the POS's outbound calls, and valid requests at the edges of the schemas.",
                "Writes JUnit XML and conformance-report.md to the report directory.",
                "Exit status: 0 every case passed, 1 a case failed, 2 bad usage."})
public final class ConformanceMain implements Callable<Integer> {

    @Option(names = "--target", required = true, paramLabel = "URL", description = "Base URL of the POS server under test.")
    String target;

    @Option(names = "--client-id", required = true, paramLabel = "ID", description = "Client-Id D-Store assigned to the POS provider.")
    String clientId;

    @Option(names = "--dstore-private-key", required = true, paramLabel = "FILE",
            description = "D-Store private key the suite signs with (PEM or base64 PKCS#8 file, or the key itself).")
    String dstorePrivateKey;

    @Option(names = "--pos-public-key", required = true, paramLabel = "FILE",
            description = "The POS's public key its answers and calls are checked with (PEM or base64 X.509).")
    String posPublicKey;

    @Option(names = "--pos-account-id", required = true, paramLabel = "A", description = "A merchant account the POS knows.")
    String posAccountId;

    @Option(names = "--pos-store-id", required = true, paramLabel = "S", description = "A store of that account.")
    String posStoreId;

    @Option(names = "--product-id", paramLabel = "P", description = "A product to order (repeatable). Without any, the "
            + "products are learned from a syncProduct the POS sends to the embedded D-Store endpoint.")
    List<String> productIds = new ArrayList<>();

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "conformance-reports",
            description = "Where JUnit XML and conformance-report.md go (default: ${DEFAULT-VALUE}).")
    Path reportDir;

    @Option(names = "--timing-calls", paramLabel = "N", description = "createOrder calls for the p50/p99 figures (default 20).")
    Integer timingCalls;

    @Option(names = "--dstore-port", paramLabel = "PORT",
            description = "Port of the embedded D-Store endpoint the POS may call (default: any free port, printed).")
    Integer dstorePort;

    @Option(names = "--outbound-wait", paramLabel = "DURATION",
            description = "How long to wait for the POS's outbound calls, e.g. 30s (default 10s).")
    String outboundWait;

    @Option(names = "--catalog-wait", paramLabel = "DURATION",
            description = "Without --product-id: how long to wait for a syncProduct (default 30s).")
    String catalogWait;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the generated requests; a report prints the seed of its run (default: random).")
    Long seed;

    @Option(names = "--generated-requests", paramLabel = "N",
            description = "Requests each data-acceptance case generates (default 20).")
    Integer generatedRequests;

    @Option(names = "--generated-max-lines", paramLabel = "N", description = "The most lines of a generated order (default 40).")
    Integer generatedMaxLines;

    @Option(names = "--generated-max-modifiers", paramLabel = "N",
            description = "The most modifiers of a generated line or modifier (default 10).")
    Integer generatedMaxModifiers;

    @Option(names = "--generated-max-nesting", paramLabel = "N",
            description = "The deepest nesting of modifiers in a generated order (default 3).")
    Integer generatedMaxNesting;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status (for tests: no System.exit). */
    public static int execute(String... args) {
        return new CommandLine(new ConformanceMain()).execute(args);
    }

    @Override
    public Integer call() {
        Map<String, String> settings = settings();
        try {
            ConformanceConfig.from(key -> Optional.ofNullable(settings.get(key)));
        } catch (ConfigurationException e) {
            // the settings are named after the flags: dstore.conformance.pos-store-id ↔ --pos-store-id
            System.err.println("dstore-conformance: " + e.getMessage()
                    .replaceFirst("^" + java.util.regex.Pattern.quote(Settings.PRODUCT_IDS), "--product-id")
                    .replaceFirst("^dstore\\.conformance\\.", "--"));
            return CommandLine.ExitCode.USAGE;
        }
        ConformanceRunner.Result result = ConformanceRunner.run(settings);
        return result.passed() ? CommandLine.ExitCode.OK : 1;
    }

    /** The jar's version (from its manifest) and the spec version the cases check. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ConformanceMain.class.getPackage().getImplementationVersion();
            return new String[] {"dstore-conformance " + (version == null ? "(development build)" : version)
                    + " for the D-Store POS API 2.0.0 (dstore-pos-api.yaml)"};
        }
    }

    Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(Settings.TARGET, target);
        settings.put(Settings.CLIENT_ID, clientId);
        settings.put(Settings.DSTORE_PRIVATE_KEY, dstorePrivateKey);
        settings.put(Settings.POS_PUBLIC_KEY, posPublicKey);
        settings.put(Settings.POS_ACCOUNT_ID, posAccountId);
        settings.put(Settings.POS_STORE_ID, posStoreId);
        if (!productIds.isEmpty()) {
            settings.put(Settings.PRODUCT_IDS, String.join(",", productIds));
        }
        settings.put(Settings.REPORT_DIR, reportDir.toString());
        if (timingCalls != null) {
            settings.put(Settings.TIMING_CALLS, timingCalls.toString());
        }
        if (dstorePort != null) {
            settings.put(Settings.DSTORE_PORT, dstorePort.toString());
        }
        if (outboundWait != null) {
            settings.put(Settings.OUTBOUND_WAIT, outboundWait);
        }
        if (catalogWait != null) {
            settings.put(Settings.CATALOG_WAIT, catalogWait);
        }
        putIfSet(settings, Settings.SEED, seed);
        putIfSet(settings, Settings.GENERATED_REQUESTS, generatedRequests);
        putIfSet(settings, Settings.GENERATED_MAX_LINES, generatedMaxLines);
        putIfSet(settings, Settings.GENERATED_MAX_MODIFIERS, generatedMaxModifiers);
        putIfSet(settings, Settings.GENERATED_MAX_NESTING, generatedMaxNesting);
        return settings;
    }

    private static void putIfSet(Map<String, String> settings, String key, Object value) {
        if (value != null) {
            settings.put(key, value.toString());
        }
    }
}
