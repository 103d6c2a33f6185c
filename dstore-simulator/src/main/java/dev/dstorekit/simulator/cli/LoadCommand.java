package dev.dstorekit.simulator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.signature.micronaut.SignatureSettings;
import dev.dstorekit.simulator.config.SimulatorSettings;
import dev.dstorekit.simulator.fault.FaultRule;
import dev.dstorekit.simulator.generate.OrderGenerator;
import dev.dstorekit.simulator.generate.OrderProfile;
import dev.dstorekit.simulator.load.LoadCatalog;
import dev.dstorekit.simulator.load.LoadGenerator;
import dev.dstorekit.simulator.load.LoadResult;
import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.scenario.ScenarioRunner;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code load --rate N --duration D}: signed createOrder at a fixed open-loop rate against the POS, with an
 * HdrHistogram latency report (corrected for coordinated omission). {@code --rate 250,500,1000} runs one stage per
 * rate in this JVM, one after another, each with its own warm-up, fresh orders and report. Exit 0 when every answer
 * of every stage was S.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Send signed createOrder at a fixed open-loop rate and report latency percentiles (HdrHistogram). "
                + "Requests are signed before the run; every --verify-every-th answer's signature is verified. "
                + "Several rates run one after another in this JVM.")
public class LoadCommand implements ConfiguredCommand {

    /** What a several-rate run's --report must contain; each stage's rate takes its place. */
    private static final String RATE_PLACEHOLDER = "{rate}";

    @Option(names = "--rate", required = true, split = ",",
            description = "createOrder per second; a comma-separated list (e.g. 250,500,1000) runs one stage per rate")
    List<Double> rates;

    @Option(names = "--duration", required = true, description = "measured time, e.g. 30s (warm-up + duration ≤ 240s)")
    String duration;

    @Option(names = "--warmup", defaultValue = "5s", description = "unmeasured time at the same rate first (default 5s)")
    String warmup;

    @Option(names = "--timeout", defaultValue = "10s", description = "per request, from its send (default 10s)")
    String timeout;

    @Option(names = "--connections", defaultValue = "64",
            description = "keep-alive connections, opened up front; when all are busy requests wait, and the wait counts in their latency (default 64)")
    int connections;

    @Option(names = "--pause", defaultValue = "2s", description = "between stages, so the POS drains (default 2s)")
    String pause;

    @Option(names = "--verify-every", defaultValue = "100", description = "verify the signature of every N-th answer (default 100; 0 = none)")
    int verifyEvery;

    @Option(names = "--catalog", description = "a syncProduct JSON body to build orders from (default: the spec's example stall)")
    Path catalog;

    @Option(names = "--account", description = "posAccountId the POS knows (overrides the catalog's)")
    String account;

    @Option(names = "--store", description = "posStoreId the POS knows (overrides the catalog's)")
    String store;

    @Option(names = "--seed", defaultValue = "1", description = "orders are generated from it")
    long seed;

    @Option(names = "--report",
            description = "write the result as JSON to this file; with several rates it must contain {rate}, e.g. runs/load-{rate}.json")
    String report;

    @Option(names = "--pos-url", description = "the POS gateway (simulator.pos.gateway-url)")
    String posUrl;

    @Option(names = "--client-id", description = "the POS provider's client id (simulator.client-id)")
    String clientId;

    @Option(names = "--dstore-private-key", description = "D-Store's private key (simulator.dstore-private-key)")
    String dstorePrivateKey;

    @Option(names = "--pos-public-key", description = "the POS's public key (simulator.pos.public-key)")
    String posPublicKey;

    @Inject
    SignatureSettings signature;

    @Inject
    SimulatorSettings settings;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, Object> configuration() {
        Map<String, Object> properties = new HashMap<>();
        ServerOptions.put(properties, "simulator.pos.gateway-url", posUrl);
        ServerOptions.put(properties, "simulator.client-id", clientId);
        ServerOptions.put(properties, "simulator.dstore-private-key", dstorePrivateKey);
        ServerOptions.put(properties, "simulator.pos.public-key", posPublicKey);
        return properties;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new PrintWriter(System.out, true);
        rates.forEach(LoadGenerator::requireRate);
        List<Path> reports = reportPaths();
        Duration pauseBetween = FaultRule.duration(pause);
        Catalog source = LoadCatalog.read(catalog, account, store, json);
        OrderGenerator orders = new OrderGenerator(List.of(source), settings.zone());
        if (!orders.hasStores()) {
            System.err.println("dstore-simulator: the catalog has no orderable product (AVAILABLE SINGLE with a price)");
            return 2;
        }
        String runId = ScenarioRunner.newRunId();
        long nextOrder = 0;
        boolean clean = true;
        try (LoadGenerator generator = new LoadGenerator(new LoadGenerator.Settings(settings.requirePosGatewayUrl(),
                FaultRule.duration(duration), FaultRule.duration(warmup), FaultRule.duration(timeout), connections, verifyEvery,
                signature.clientId(), signature.signer(), signature.verifier(), settings.clock()))) {
            for (int stage = 0; stage < rates.size(); stage++) {
                if (stage > 0) {
                    Thread.sleep(pauseBetween.toMillis());
                }
                double rate = rates.get(stage);
                long needed = generator.requestsNeeded(rate);
                // generated just before their stage, numbered on from the last stage: no requestOrderId repeats
                List<byte[]> bodies = bodies(orders, runId, nextOrder, needed);
                nextOrder += needed;
                LoadResult result = generator.run(rate, bodies, out);
                out.println(result.summary());
                if (!reports.isEmpty()) {
                    write(reports.get(stage), result);
                    out.println("report: " + reports.get(stage));
                }
                clean &= result.errors() == 0;
            }
        }
        return clean ? 0 : 1;
    }

    /** None without --report; else one path per rate, {rate} replaced by it (required, and distinct, with several). */
    private List<Path> reportPaths() {
        if (report == null) {
            return List.of();
        }
        if (rates.size() > 1 && !report.contains(RATE_PLACEHOLDER)) {
            throw new IllegalArgumentException("--report must contain " + RATE_PLACEHOLDER + " when --rate lists several rates, e.g. "
                    + "runs/load-" + RATE_PLACEHOLDER + ".json, so each stage writes its own report");
        }
        List<Path> paths = rates.stream().map(rate -> Path.of(report.replace(RATE_PLACEHOLDER, String.valueOf(Math.round(rate))))).toList();
        if (new HashSet<>(paths).size() < paths.size()) {
            throw new IllegalArgumentException("--rate " + rates + " would write two stages to the same --report " + report);
        }
        return paths;
    }

    private List<byte[]> bodies(OrderGenerator orders, String runId, long first, long count) throws IOException {
        List<byte[]> bodies = new ArrayList<>((int) count);
        Instant now = Instant.now();
        for (long i = first; i < first + count; i++) {
            CreateOrderRequest order = orders.generate(runId + String.format("%07d", i), OrderProfile.any(), seed * 1_000_003L + i,
                    now, any -> true).orElseThrow();
            bodies.add(json.writeValueAsBytes(order));
        }
        return bodies;
    }

    private void write(Path path, LoadResult result) throws IOException {
        ObjectMapper pretty = new ObjectMapper();
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(path, pretty.writerWithDefaultPrettyPrinter().writeValueAsString(pretty.readTree(json.writeValueAsBytes(result))));
    }
}
