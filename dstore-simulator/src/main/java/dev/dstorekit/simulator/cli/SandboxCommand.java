package dev.dstorekit.simulator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.simulator.config.SignatureSettingsFactory;
import dev.dstorekit.simulator.config.SimulatorConfiguration;
import dev.dstorekit.simulator.report.OrderReport;
import dev.dstorekit.simulator.report.ReportWriter;
import dev.dstorekit.simulator.report.RunReport;
import dev.dstorekit.simulator.sandbox.SandboxSummary;
import io.micronaut.context.BeanProvider;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code sandbox}: the guided run of {@code scripts/sandbox} against a POS with the reference merchant API and a
 * serving simulator whose merchant driver plays that API. As the merchant ({@link SandboxMerchant}, the generated
 * merchant-API client) it adds a store ({@code POST /merchant/v1/stores}, a pds store) and replaces its catalog
 * ({@code PUT …/catalog}); waits until the POS's outbox has delivered the addStore and the full syncProduct to the
 * simulator ({@link SyncWait}); runs a scenario there with its progress; and prints a summary of every order as
 * D-Store and as the POS see it, the notifications and the violations. Exit 0 when the scenario ran (violations or
 * not: the summary and the last line say), 2 when it could not run.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Add a store and its catalog through a POS's merchant API, wait until both reach the running "
                + "simulator, run a scenario there and print a summary (used by scripts/sandbox). "
                + "Exit 0 when the scenario ran, 2 when it could not.")
public class SandboxCommand implements ConfiguredCommand {

    static final String CLASSPATH = "classpath:";

    @Mixin
    RunningSimulator simulator = new RunningSimulator();

    @Option(names = "--merchant-url", defaultValue = "${env:SIMULATOR_MERCHANT_VARIABLES_BASE}",
            description = "the POS's merchant API base URL (default: $SIMULATOR_MERCHANT_VARIABLES_BASE)")
    String merchantUrl;

    @Option(names = "--merchant-token", defaultValue = "${env:SIMULATOR_MERCHANT_VARIABLES_TOKEN}",
            description = "the merchant account's API token (default: $SIMULATOR_MERCHANT_VARIABLES_TOKEN)")
    String merchantToken;

    @Option(names = "--store", defaultValue = "classpath:sandbox/hawker-stall-store.json",
            description = "the store to add, a pds PdsStore as JSON (file or classpath:…; default: the hawker stall)")
    String store;

    @Option(names = "--catalog", defaultValue = "classpath:sandbox/hawker-stall-catalog.json",
            description = "its catalog, a merchant API Catalog as JSON (file or classpath:…; default: the hawker stall's)")
    String catalog;

    @Option(names = "--scenario", defaultValue = "sandbox-mix", description = "the scenario to run (default sandbox-mix)")
    String scenario;

    @Option(names = "--seed", defaultValue = "9", description = "orders are generated from it (default 9: with the hawker stall, a lunch with a bit of everything)")
    long seed;

    @Option(names = "--clock-speed", description = "overrides the scenario's clock speed")
    Double clockSpeed;

    @Option(names = "--sync-wait", defaultValue = "30", description = "seconds to wait for addStore and syncProduct to reach the simulator (default 30)")
    int syncWaitSeconds;

    @Option(names = "--detail", defaultValue = "steps", description = "progress shown: quiet, steps (default) or calls")
    String detail;

    @Option(names = "--report-dir", defaultValue = "sandbox-report", description = "where the JSON and JUnit XML reports go (default ./sandbox-report)")
    Path reportDir;

    @Option(names = "--result-file", description = "write the last line (sandbox: N orders, M notifications, V violations) to this file instead of printing it")
    Path resultFile;

    @Inject
    JsonMapper json;

    @Inject
    SimulatorConfiguration config;

    @Inject
    ReportWriter reports;

    /** Looked up when the sandbox runs: picocli makes every command, and only this one talks to a merchant API. */
    @Inject
    BeanProvider<SandboxMerchant> merchantApi;

    private static final ObjectMapper JSON = new ObjectMapper();
    private PrintWriter out;

    /** The merchant API's URL and token configure the generated client (service {@code merchant}). */
    @Override
    public Map<String, Object> configuration() {
        Map<String, Object> properties = simulator.configuration();
        if (merchantUrl != null && !merchantUrl.isBlank()) {
            properties.put("simulator.merchant-variables.base", merchantUrl.strip().replaceAll("/+$", ""));
        }
        ServerOptions.put(properties, "simulator.merchant-variables.token", merchantToken);
        return properties;
    }

    /** The sandbox plays the merchant and follows the run; the serving simulator is D-Store, so this needs no keys. */
    @Override
    public Set<String> environments() {
        return Set.of(SignatureSettingsFactory.WITHOUT_IDENTITY);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        out = new PrintWriter(System.out, true);
        try {
            return run();
        } catch (CouldNotRun e) {
            System.err.println("sandbox: could not run: " + e.getMessage());
            return 2;
        }
    }

    private int run() throws IOException, InterruptedException, CouldNotRun {
        if (merchantUrl == null || merchantUrl.isBlank() || merchantToken == null || merchantToken.isBlank()) {
            throw new CouldNotRun("--merchant-url and --merchant-token (or SIMULATOR_MERCHANT_VARIABLES_BASE and _TOKEN) are required");
        }
        ControlClient control = simulator.client(config);
        SandboxMerchant merchant = merchantApi.get();
        byte[] storeBody = read(store);
        byte[] catalogBody = read(catalog);
        JsonNode storeJson = JSON.readTree(storeBody);
        JsonNode catalogJson = JSON.readTree(catalogBody);
        String storeId = storeJson.path("storeInfo").path("storeId").asText("");
        if (storeId.isBlank()) {
            throw new CouldNotRun(store + ": storeInfo.storeId is missing");
        }
        int products = catalogJson.path("products").size();

        out.println("== 1/4 the merchant adds a store: POST /merchant/v1/stores (" + SandboxSummary.describeStore(storeJson) + ")");
        out.println("   " + merchant.addStore(storeBody, store, storeId));

        out.println("== 2/4 the merchant replaces its catalog: PUT /merchant/v1/stores/" + storeId + "/catalog ("
                + SandboxSummary.describeCatalog(catalogJson) + ")");
        out.println("   HTTP 200: " + merchant.replaceCatalog(storeId, catalogBody, catalog)
                + " products stored; pos-server queued a full syncProduct for D-Store");

        out.println("== 3/4 pos-server's outbox delivers both to the simulator (signed addStore and syncProduct)");
        new SyncWait(control, out, syncWaitSeconds).await(storeId, products);

        out.println("== 4/4 scenario " + scenario + " (the merchant's side played through the merchant API)");
        RunReport report = new RemoteRun(json, control).run(RemoteRun.request(scenario, seed, detail, clockSpeed, 5),
                line -> out.println("   " + line));
        var files = reports.write(report, reportDir);

        Map<String, JsonNode> posView = merchant.orders(report.orders().stream().map(OrderReport::posOrderId).filter(Objects::nonNull).toList());
        out.println();
        new SandboxSummary(report, posView).print(out);
        files.forEach(file -> out.println("report: " + file));
        if (report.status().equals(RunReport.ERROR)) {
            throw new CouldNotRun(report.error());
        }
        String last = SandboxSummary.lastLine(report);
        if (resultFile != null) {
            Files.createDirectories(resultFile.toAbsolutePath().getParent());
            Files.writeString(resultFile, last + "\n");
        } else {
            out.println(last);
        }
        return 0;
    }

    static byte[] read(String source) throws IOException, CouldNotRun {
        if (source.startsWith(CLASSPATH)) {
            String resource = source.substring(CLASSPATH.length());
            try (InputStream in = SandboxCommand.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new CouldNotRun(source + " is not in the simulator jar");
                }
                return in.readAllBytes();
            }
        }
        Path file = Path.of(source);
        if (!Files.isRegularFile(file)) {
            throw new CouldNotRun(source + ": no such file");
        }
        return Files.readAllBytes(file);
    }
}
