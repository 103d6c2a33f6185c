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
import dev.dstorekit.simulator.load.Schedule;
import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.scenario.ScenarioRunner;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
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
 * rate in this JVM, one after another, each with its own warm-up, fresh orders and report. {@code --schedule
 * 600:20s,2200:30s,600:30s} runs one stage whose rate steps without a pause (an overload and the recovery after it).
 * Exit 0 when every answer of every stage was S (or U, with {@code --allow-unknown}) and none came later than
 * {@code --late-after}.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Send signed createOrder at a fixed open-loop rate and report latency percentiles (HdrHistogram). "
                + "Requests are signed before the run; every --verify-every-th answer's signature is verified. "
                + "Several rates run one after another in this JVM.")
public class LoadCommand implements ConfiguredCommand {

    /** What a several-rate run's --report must contain; each stage's rate takes its place. */
    private static final String RATE_PLACEHOLDER = "{rate}";

    @Option(names = "--rate", split = ",",
            description = "createOrder per second; a comma-separated list (e.g. 250,500,1000) runs one stage per rate")
    List<Double> rates;

    @Option(names = "--duration", description = "measured time per rate, e.g. 30s (warm-up + duration ≤ 240s)")
    String duration;

    @Option(names = "--schedule",
            description = "instead of --rate and --duration: one stage of steps RATE:DURATION without a pause, e.g. 600:20s,2200:30s,600:30s (warm-up at the first rate)")
    String schedule;

    @Option(names = "--late-after", defaultValue = "8s",
            description = "an answer later than this after its due time counts as late (default 8s, D-Store's createOrder budget)")
    String lateAfter;

    @Option(names = "--allow-unknown",
            description = "U answers do not fail the run: what an overloaded POS should answer (D-Store retries them)")
    boolean allowUnknown;

    @Option(names = "--successes",
            description = "write requestOrderId and posOrderId (tab-separated) of every answer S to this file, to check they were stored")
    Path successes;

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

    @Option(names = "--pos-url", split = ",",
            description = "the POS gateway (simulator.pos.gateway-url); several, comma-separated, share the load round-robin"
                    + " (instances behind one database), each over its own --connections")
    List<String> posUrls;

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
        ServerOptions.put(properties, "simulator.pos.gateway-url", posUrls == null ? null : posUrls.get(0));
        ServerOptions.put(properties, "simulator.client-id", clientId);
        ServerOptions.put(properties, "simulator.dstore-private-key", dstorePrivateKey);
        ServerOptions.put(properties, "simulator.pos.public-key", posPublicKey);
        return properties;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new PrintWriter(System.out, true);
        List<Schedule> stages = stages();
        stages.forEach(LoadGenerator::requireSignable);
        List<Path> reports = reportPaths(stages.size());
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
        List<String> stored = new ArrayList<>();
        try (LoadGenerator generator = new LoadGenerator(new LoadGenerator.Settings(targets(),
                duration == null ? Duration.ZERO : FaultRule.duration(duration), FaultRule.duration(warmup),
                FaultRule.duration(timeout), connections, verifyEvery, signature.clientId(), signature.signer(),
                signature.verifier(), settings.clock(), FaultRule.duration(lateAfter)))) {
            for (int stage = 0; stage < stages.size(); stage++) {
                if (stage > 0) {
                    Thread.sleep(pauseBetween.toMillis());
                }
                Schedule schedule = stages.get(stage);
                long needed = schedule.requests();
                // generated just before their stage, numbered on from the last stage: no requestOrderId repeats
                List<String> ids = new ArrayList<>((int) needed);
                for (long i = nextOrder; i < nextOrder + needed; i++) {
                    ids.add(requestOrderId(runId, i));
                }
                List<byte[]> bodies = bodies(orders, ids, nextOrder);
                nextOrder += needed;
                LoadGenerator.Stage result = generator.run(schedule, bodies, out);
                out.println(result.result().summary());
                if (!reports.isEmpty()) {
                    write(reports.get(stage), result.result());
                    out.println("report: " + reports.get(stage));
                }
                for (int i = 0; i < ids.size(); i++) {
                    if (result.posOrderIds()[i] != null) {
                        stored.add(ids.get(i) + "\t" + result.posOrderIds()[i]);
                    }
                }
                LoadResult summary = result.result();
                clean &= summary.errors() - (allowUnknown ? summary.unknown() : 0) == 0 && summary.late() == 0;
            }
        }
        if (successes != null) {
            Path parent = successes.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(successes, stored);
            out.println("successes: " + stored.size() + " answers S in " + successes);
        }
        return clean ? 0 : 1;
    }

    /** The configured POS gateway, then any further --pos-url. */
    private List<URI> targets() {
        List<URI> targets = new ArrayList<>(List.of(settings.requirePosGatewayUrl()));
        if (posUrls != null) {
            posUrls.stream().skip(1).map(SimulatorSettings::parseUrl).forEach(targets::add);
        }
        return targets;
    }

    /** One fixed-rate stage per --rate, or the one --schedule. */
    private List<Schedule> stages() {
        Duration warm = FaultRule.duration(warmup);
        if (schedule != null) {
            if (rates != null || duration != null) {
                throw new IllegalArgumentException("--schedule replaces --rate and --duration; give one or the other");
            }
            return List.of(Schedule.parse(schedule, warm));
        }
        if (rates == null || duration == null) {
            throw new IllegalArgumentException("give --rate and --duration, or --schedule");
        }
        return rates.stream().map(rate -> Schedule.fixed(rate, warm, FaultRule.duration(duration))).toList();
    }

    /** None without --report; else one path per rate, {rate} replaced by it (required, and distinct, with several). */
    private List<Path> reportPaths(int stages) {
        if (report == null) {
            return List.of();
        }
        if (stages == 1) {
            return List.of(Path.of(report.replace(RATE_PLACEHOLDER, String.valueOf(Math.round(rates == null ? 0 : rates.get(0))))));
        }
        if (!report.contains(RATE_PLACEHOLDER)) {
            throw new IllegalArgumentException("--report must contain " + RATE_PLACEHOLDER + " when --rate lists several rates, e.g. "
                    + "runs/load-" + RATE_PLACEHOLDER + ".json, so each stage writes its own report");
        }
        List<Path> paths = rates.stream().map(rate -> Path.of(report.replace(RATE_PLACEHOLDER, String.valueOf(Math.round(rate))))).toList();
        if (new HashSet<>(paths).size() < paths.size()) {
            throw new IllegalArgumentException("--rate " + rates + " would write two stages to the same --report " + report);
        }
        return paths;
    }

    private static String requestOrderId(String runId, long number) {
        return runId + String.format("%07d", number);
    }

    /** @param first the number of the first order of the run, which seeds it */
    private List<byte[]> bodies(OrderGenerator orders, List<String> requestOrderIds, long first) throws IOException {
        List<byte[]> bodies = new ArrayList<>(requestOrderIds.size());
        Instant now = Instant.now();
        for (int n = 0; n < requestOrderIds.size(); n++) {
            CreateOrderRequest order = orders.generate(requestOrderIds.get(n), OrderProfile.any(), seed * 1_000_003L + first + n,
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
