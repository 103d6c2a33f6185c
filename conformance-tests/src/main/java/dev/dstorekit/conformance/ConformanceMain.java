package dev.dstorekit.conformance;

import dev.dstorekit.conformance.preflight.PreflightCommand;
import dev.dstorekit.resources.Resources;
import dev.dstorekit.resources.ResourcesFile;
import dev.dstorekit.resources.ResourcesFileException;
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
import java.util.function.Function;

/**
 * {@code java -jar dstore-conformance.jar --target URL …}: plays D-Store against a POS server and exits 0 when
 * every case passes, 1 when one fails, 2 on bad usage (missing flag, unreadable key).
 */
@Command(name = "dstore-conformance", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = ConformanceMain.Version.class,
        description = {"Checks a POS server against the D-Store POS API: signatures, schemas, idempotency, result "
                + "semantics, order flow, timing, the POS's outbound calls, and valid requests at the edges of the schemas.",
                "Writes JUnit XML and conformance-report.md to the report directory.",
                "Exit status: 0 every case passed, 1 a case failed, 2 bad usage."},
        subcommands = PreflightCommand.class)
public final class ConformanceMain implements Callable<Integer> {

    @Option(names = "--target", paramLabel = "URL", description = "Base URL of the POS server under test.")
    String target;

    @Option(names = "--client-id", paramLabel = "ID", description = "Client-Id D-Store assigned to the POS provider.")
    String clientId;

    @Option(names = "--dstore-private-key", paramLabel = "FILE",
            description = "D-Store private key the suite signs with (PEM or base64 PKCS#8 file, or the key itself).")
    String dstorePrivateKey;

    @Option(names = "--pos-public-key", paramLabel = "FILE",
            description = "The POS's public key its answers and calls are checked with (PEM or base64 X.509).")
    String posPublicKey;

    @Option(names = "--pos-account-id", paramLabel = "A", description = "A merchant account the POS knows.")
    String posAccountId;

    @Option(names = "--pos-store-id", paramLabel = "S", description = "A store of that account.")
    String posStoreId;

    @Option(names = "--resources", paramLabel = "FILE",
            description = "Resources file (sandbox.yml) supplying what the options above leave out: target = "
                    + "pos.gatewayEndpoint, client-id = dstore.clientId, dstore-private-key = dstore.privateKey (a simulated "
                    + "D-Store's), pos-public-key = pos.publicKey, pos-account-id, pos-store-id.")
    Path resources;

    @Option(names = "--product-id", paramLabel = "P", description = "A product to order (repeatable). Without any, the "
            + "products are learned from a syncProduct the POS sends to the embedded D-Store endpoint.")
    List<String> productIds = new ArrayList<>();

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "conformance-reports",
            description = "Where JUnit XML and conformance-report.md go (default: ${DEFAULT-VALUE}).")
    Path reportDir;

    @Option(names = "--evidence", paramLabel = "DIR",
            description = "Also write an acceptance evidence pack there: per case the exact requests and answers with their"
                    + " signatures verified, and summary.md / summary.html per API of the integration guide.")
    Path evidence;

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
        Map<String, String> settings;
        try {
            settings = settings();
        } catch (ResourcesFileException e) {
            System.err.println("dstore-conformance: --resources: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        List<String> missing = REQUIRED.stream().filter(required -> settings.get(required.getKey()) == null)
                .map(Map.Entry::getValue).toList();
        if (!missing.isEmpty()) {
            System.err.println("dstore-conformance: Missing required options: " + String.join(", ", missing)
                    + " (or --resources FILE)");
            return CommandLine.ExitCode.USAGE;
        }
        try {
            ConformanceConfig.from(key -> Optional.ofNullable(settings.get(key))); // refused here, before the run starts
        } catch (ConfigurationException e) {
            // the settings are named after the flags: dstore.conformance.pos-store-id ↔ --pos-store-id
            System.err.println("dstore-conformance: " + e.getMessage()
                    .replaceFirst("^" + java.util.regex.Pattern.quote(Settings.PRODUCT_IDS), "--product-id")
                    .replaceFirst("^dstore\\.conformance\\.", "--"));
            return CommandLine.ExitCode.USAGE;
        }
        ConformanceRunner.Result result = ConformanceRunner.run(settings);
        if (evidence != null) {
            System.out.println("dstore-conformance: evidence pack in " + evidence.resolve("summary.md"));
        }
        return result.passed() ? CommandLine.ExitCode.OK : 1;
    }

    /** The settings the suite cannot run without, with the option that gives each. */
    private static final List<Map.Entry<String, String>> REQUIRED = List.of(Map.entry(Settings.TARGET, "--target"),
            Map.entry(Settings.CLIENT_ID, "--client-id"), Map.entry(Settings.DSTORE_PRIVATE_KEY, "--dstore-private-key"),
            Map.entry(Settings.POS_PUBLIC_KEY, "--pos-public-key"), Map.entry(Settings.POS_ACCOUNT_ID, "--pos-account-id"),
            Map.entry(Settings.POS_STORE_ID, "--pos-store-id"));

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
        Resources file = resources == null ? null : ResourcesFile.read(resources);
        Map<String, String> settings = new LinkedHashMap<>();
        putFirst(settings, Settings.TARGET, target, file, r -> r.pos().gatewayEndpoint().toString());
        putFirst(settings, Settings.CLIENT_ID, clientId, file, r -> r.dstore().clientId());
        putFirst(settings, Settings.DSTORE_PRIVATE_KEY, dstorePrivateKey, file, r -> r.dstore().privateKey());
        putFirst(settings, Settings.POS_PUBLIC_KEY, posPublicKey, file, r -> r.pos().publicKey());
        putFirst(settings, Settings.POS_ACCOUNT_ID, posAccountId, file, r -> r.pos().posAccountId());
        putFirst(settings, Settings.POS_STORE_ID, posStoreId, file, r -> r.pos().posStoreId());
        if (!productIds.isEmpty()) {
            settings.put(Settings.PRODUCT_IDS, String.join(",", productIds));
        }
        settings.put(Settings.REPORT_DIR, reportDir.toString());
        if (evidence != null) {
            settings.put(Settings.EVIDENCE_DIR, evidence.toString());
        }
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

    /** The option's value, else the resources file's; an option on the command line always wins. */
    private static void putFirst(Map<String, String> settings, String key, String option, Resources file,
                                 Function<Resources, String> fromFile) {
        String value = option != null || file == null ? option : fromFile.apply(file);
        if (value != null) {
            settings.put(key, value);
        }
    }

    private static void putIfSet(Map<String, String> settings, String key, Object value) {
        if (value != null) {
            settings.put(key, value.toString());
        }
    }
}
