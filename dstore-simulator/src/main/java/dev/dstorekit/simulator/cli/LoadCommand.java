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

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code load --rate N --duration D}: signed createOrder at a fixed open-loop rate against the POS, with an
 * HdrHistogram latency report (corrected for coordinated omission). Exit 0 when every measured answer was S.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Send signed createOrder at a fixed open-loop rate and report latency percentiles (HdrHistogram). "
                + "Requests are signed before the run; every --verify-every-th answer's signature is verified.")
public class LoadCommand implements ConfiguredCommand {

    @Option(names = "--rate", required = true, description = "createOrder per second")
    double rate;

    @Option(names = "--duration", required = true, description = "measured time, e.g. 30s (warm-up + duration ≤ 240s)")
    String duration;

    @Option(names = "--warmup", defaultValue = "5s", description = "unmeasured time at the same rate first (default 5s)")
    String warmup;

    @Option(names = "--timeout", defaultValue = "10s", description = "per request (default 10s)")
    String timeout;

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

    @Option(names = "--report", description = "write the result as JSON to this file")
    Path report;

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
        LoadGenerator generator = new LoadGenerator(new LoadGenerator.Settings(settings.requirePosGatewayUrl(), rate,
                FaultRule.duration(duration), FaultRule.duration(warmup), FaultRule.duration(timeout), verifyEvery,
                signature.clientId(), signature.signer(), signature.verifier(), settings.clock()));
        Catalog source = LoadCatalog.read(catalog, account, store, json);
        OrderGenerator orders = new OrderGenerator(List.of(source), settings.zone());
        if (!orders.hasStores()) {
            System.err.println("dstore-simulator: the catalog has no orderable product (AVAILABLE SINGLE with a price)");
            return 2;
        }
        String runId = ScenarioRunner.newRunId();
        long needed = generator.requestsNeeded();
        List<byte[]> bodies = new ArrayList<>((int) needed);
        Instant now = Instant.now();
        for (long i = 0; i < needed; i++) {
            CreateOrderRequest order = orders.generate(runId + String.format("%07d", i), OrderProfile.any(), seed * 1_000_003L + i,
                    now, any -> true).orElseThrow();
            bodies.add(json.writeValueAsBytes(order));
        }
        LoadResult result = generator.run(bodies, out);
        out.println(result.summary());
        if (report != null) {
            ObjectMapper pretty = new ObjectMapper();
            Path parent = report.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(report, pretty.writerWithDefaultPrettyPrinter().writeValueAsString(pretty.readTree(json.writeValueAsBytes(result))));
            out.println("report: " + report);
        }
        return result.errors() == 0 ? 0 : 1;
    }
}
