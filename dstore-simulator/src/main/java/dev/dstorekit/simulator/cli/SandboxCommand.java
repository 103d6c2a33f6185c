package dev.dstorekit.simulator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.simulator.config.SimulatorConfiguration;
import dev.dstorekit.simulator.report.ReportWriter;
import dev.dstorekit.simulator.report.RunReport;
import dev.dstorekit.simulator.sandbox.SandboxSummary;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code sandbox}: the guided run of {@code scripts/sandbox} against a POS with the reference merchant API and a
 * serving simulator whose merchant driver plays that API. As the merchant it adds a store ({@code POST
 * /merchant/v1/stores}, a pds store) and replaces its catalog ({@code PUT …/catalog}); waits until the POS's outbox
 * has delivered the addStore and the full syncProduct to the simulator; runs a scenario there with its progress; and
 * prints a summary of every order as D-Store and as the POS see it, the notifications and the violations. Exit 0
 * when the scenario ran (violations or not: the summary and the last line say), 2 when it could not run.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Add a store and its catalog through a POS's merchant API, wait until both reach the running "
                + "simulator, run a scenario there and print a summary (used by scripts/sandbox). "
                + "Exit 0 when the scenario ran, 2 when it could not.")
public class SandboxCommand implements ConfiguredCommand {

    static final String CLASSPATH = "classpath:";

    @Option(names = "--simulator-url", required = true, description = "the running simulator, e.g. http://localhost:8090")
    URI simulatorUrl;

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

    @Option(names = "--control-token-file", description = "a file holding the simulator's control API token, e.g. the one "
            + "it wrote when bound beyond loopback (simulator.control-token-file; or set SIMULATOR_CONTROL_TOKEN)")
    String controlTokenFile;

    @Inject
    JsonMapper json;

    @Inject
    SimulatorConfiguration config;

    @Inject
    ReportWriter reports;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private PrintWriter out;
    private ControlClient simulator;

    @Override
    public Map<String, Object> configuration() {
        Map<String, Object> properties = new HashMap<>();
        ServerOptions.put(properties, "simulator.control-token-file", controlTokenFile);
        return properties;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        out = new PrintWriter(System.out, true);
        try {
            return run();
        } catch (CouldNotRun | RemoteRun.CouldNotRun e) {
            System.err.println("sandbox: could not run: " + e.getMessage());
            return 2;
        }
    }

    private int run() throws IOException, InterruptedException, CouldNotRun, RemoteRun.CouldNotRun {
        if (merchantUrl == null || merchantUrl.isBlank() || merchantToken == null || merchantToken.isBlank()) {
            throw new CouldNotRun("--merchant-url and --merchant-token (or SIMULATOR_MERCHANT_VARIABLES_BASE and _TOKEN) are required");
        }
        URI merchant = URI.create(merchantUrl.endsWith("/") ? merchantUrl : merchantUrl + "/");
        simulator = ControlClient.of(simulatorUrl, config);
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
        HttpResponse<String> added = merchantCall(merchant, "POST", "merchant/v1/stores", storeBody);
        if (added.statusCode() == 409) {
            out.println("   HTTP 409: " + storeId + " is already a store of this account; carrying on with it");
        } else if (added.statusCode() == 201) {
            JsonNode summary = JSON.readTree(added.body());
            out.println("   HTTP 201: " + summary.path("posStoreId").asText() + " added (autoAccept=" + summary.path("autoAccept").asText()
                    + "); pos-server queued a pds addStore for D-Store (" + summary.path("addStoreState").asText("?") + ")");
        } else {
            throw refused("POST /merchant/v1/stores", added);
        }

        out.println("== 2/4 the merchant replaces its catalog: PUT /merchant/v1/stores/" + storeId + "/catalog ("
                + SandboxSummary.describeCatalog(catalogJson) + ")");
        HttpResponse<String> replaced = merchantCall(merchant, "PUT", "merchant/v1/stores/" + encode(storeId) + "/catalog", catalogBody);
        if (replaced.statusCode() != 200) {
            throw refused("PUT /merchant/v1/stores/" + storeId + "/catalog", replaced);
        }
        out.println("   HTTP 200: " + JSON.readTree(replaced.body()).path("products").size()
                + " products stored; pos-server queued a full syncProduct for D-Store");

        out.println("== 3/4 pos-server's outbox delivers both to the simulator (signed addStore and syncProduct)");
        awaitAtSimulator(storeId, products);

        out.println("== 4/4 scenario " + scenario + " (the merchant's side played through the merchant API)");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("scenario", scenario);
        request.put("seed", seed);
        request.put("detail", detail);
        request.put("catalogWaitSeconds", 5);
        if (clockSpeed != null) {
            request.put("clockSpeed", clockSpeed);
        }
        RunReport report = new RemoteRun(json, simulator).run(request, line -> out.println("   " + line));
        var files = reports.write(report, reportDir);

        Map<String, JsonNode> posView = new LinkedHashMap<>();
        report.orders().stream().filter(order -> order.posOrderId() != null).forEach(order -> {
            try {
                HttpResponse<String> answer = merchantCall(merchant, "GET", "merchant/v1/orders/" + encode(order.posOrderId()), null);
                if (answer.statusCode() == 200) {
                    posView.put(order.posOrderId(), JSON.readTree(answer.body()));
                }
            } catch (IOException e) {
                // the summary shows the order without the POS's view
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
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

    private void awaitAtSimulator(String storeId, int products) throws IOException, InterruptedException, CouldNotRun {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(syncWaitSeconds).toNanos();
        boolean storeSeen = false;
        boolean catalogSeen = false;
        while (true) {
            JsonNode stores = simulatorGet("/control/stores");
            if (!storeSeen && any(stores.path("pdsStores"), s -> storeId.equals(s.path("storeId").asText()))) {
                storeSeen = true;
                out.println("   addStore arrived after " + seconds(start) + " (pds store " + storeId + " with menus "
                        + first(stores.path("pdsStores"), storeId).map(s -> s.path("menuTypes").toString()).orElse("?") + ")");
            }
            Optional<JsonNode> synced = firstCatalog(stores.path("catalogs"), storeId);
            if (!catalogSeen && synced.isPresent() && synced.get().path("products").asInt() == products) {
                catalogSeen = true;
                out.println("   syncProduct arrived after " + seconds(start) + " (" + synced.get().path("products").asInt() + " products, "
                        + synced.get().path("available").asInt() + " available, for " + synced.get().path("store").path("posAccountId").asText()
                        + "/" + storeId + ")");
            }
            if (storeSeen && catalogSeen) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new CouldNotRun("after " + syncWaitSeconds + " s the simulator has " + (storeSeen ? "" : "no addStore ")
                        + (!storeSeen && !catalogSeen ? "and " : "") + (catalogSeen ? "" : "no full syncProduct (" + products + " products) ")
                        + "for " + storeId + "; see pos-server's log (outbox) and GET /merchant/v1/stores (addStoreState)");
            }
            Thread.sleep(100);
        }
    }

    private HttpResponse<String> merchantCall(URI base, String method, String path, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + merchantToken).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException("no merchant API answering at " + base + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private JsonNode simulatorGet(String path) throws IOException, InterruptedException, CouldNotRun {
        HttpResponse<String> answer = http.send(simulator.request(path).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new CouldNotRun("the simulator answered GET " + path + " with HTTP " + answer.statusCode()
                    + ControlClient.hint(answer.statusCode()));
        }
        return JSON.readTree(answer.body());
    }

    private static CouldNotRun refused(String call, HttpResponse<String> answer) {
        String body = answer.body() == null ? "" : answer.body().strip();
        String hint = answer.statusCode() == 401 ? " (the merchant token is not one of pos.merchants[].api-token)" : "";
        return new CouldNotRun(call + " answered HTTP " + answer.statusCode() + hint + ": " + body.substring(0, Math.min(400, body.length())));
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

    private static boolean any(JsonNode array, Function<JsonNode, Boolean> test) {
        for (JsonNode node : array) {
            if (test.apply(node)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<JsonNode> first(JsonNode pdsStores, String storeId) {
        for (JsonNode node : pdsStores) {
            if (storeId.equals(node.path("storeId").asText())) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> firstCatalog(JsonNode catalogs, String storeId) {
        for (JsonNode node : catalogs) {
            if (storeId.equals(node.path("store").path("posStoreId").asText())) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    private static String seconds(long start) {
        return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Why the sandbox could not run (exit 2). */
    static final class CouldNotRun extends Exception {
        CouldNotRun(String message) {
            super(message);
        }
    }
}
