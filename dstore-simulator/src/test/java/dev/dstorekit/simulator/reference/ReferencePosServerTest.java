package dev.dstorekit.simulator.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.simulator.report.RunReport;
import dev.dstorekit.simulator.scenario.RunOptions;
import dev.dstorekit.simulator.scenario.ScenarioRunner;
import dev.dstorekit.simulator.support.ReferencePosServer;
import dev.dstorekit.simulator.support.SignedHttp;
import dev.dstorekit.simulator.support.SpecExamples;
import dev.dstorekit.simulator.support.TestSignature;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shipped scenarios that need no merchant, run against the reference POS server (pos-server's runnable jar in
 * its own JVM, embedded database). Until the reference POS syncs its catalog itself (merchant API, issue 5), the
 * test sends that syncProduct in the POS's name, as the POS would: the orders then use the catalog of the POS's
 * configured stores.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferencePosServerTest implements TestPropertyProvider {

    private ReferencePosServer pos;
    private final List<String> progress = Collections.synchronizedList(new ArrayList<>());

    @Inject
    EmbeddedServer server;
    @Inject
    ScenarioRunner runner;

    @Override
    public Map<String, String> getProperties() {
        int port = ReferencePosServer.freePort();
        pos = ReferencePosServer.startOrSkip(port, Map.of());
        Map<String, String> properties = new HashMap<>(TestSignature.simulatorProperties());
        properties.put("micronaut.server.port", String.valueOf(port));
        properties.put("simulator.pos.gateway-url", pos.uri().toString());
        properties.put("simulator.catalog-wait", "10s");
        properties.put("simulator.scenario-dirs", scenarios().toString());
        return properties;
    }

    @BeforeAll
    void syncTheReferencePosCatalogs() {
        SignedHttp asPos = SignedHttp.asPos(server.getURI());
        for (String store : List.of(ReferencePosServer.AUTO_STORE, ReferencePosServer.MANUAL_STORE)) {
            ObjectNode body = SpecExamples.syncProductFullSync();
            body.put("requestId", "ref-sync-" + UUID.randomUUID());
            body.put("posAccountId", ReferencePosServer.ACCOUNT);
            ((ObjectNode) body.path("store")).put("posStoreId", store);
            assertEquals("S", asPos.post("/v2/pos/syncProduct", SpecExamples.text(body)).resultStatus());
        }
    }

    @AfterAll
    void stopTheReferencePos() {
        if (pos != null) {
            pos.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pos-timeout", "pos-returns-unknown", "duplicate-create", "manual-accept-timeout",
            "grabfood-modification", "foodpanda-cancel-after-complete", "delivery-channel"})
    void scenarioWithoutAMerchantPassesAgainstTheReferencePosServer(String scenario) {
        RunReport report = run(scenario);

        assertEquals(RunReport.PASSED, report.status(), () -> report.summary() + "\n" + String.join("\n", progress));
        assertEquals(0, report.counts().violations());
    }

    @Test
    void aRushOfTheFlowsWithoutAMerchantPassesAgainstTheReferencePosServer() {
        RunReport report = run("reference-rush");

        assertEquals(RunReport.PASSED, report.status(), () -> report.summary() + "\n" + String.join("\n", progress));
        assertEquals(20, report.counts().orders() - replacedOrders(report));
    }

    private RunReport run(String scenario) {
        progress.clear();
        return runner.run(scenario, new RunOptions(17, 600.0, Duration.ofSeconds(10), true), progress::add);
    }

    /** Orders placed at a store that needs a merchant and replaced by one at an auto-accepting store. */
    private static long replacedOrders(RunReport report) {
        return report.orders().stream().filter(order -> order.outcome().contains("tried another store")).count();
    }

    private static Path scenarios() {
        try {
            Path directory = Files.createTempDirectory("reference-scenarios");
            Files.writeString(directory.resolve("reference-rush.yaml"), """
                    name: reference-rush
                    description: the flows that need no merchant, mixed
                    rush:
                      rate: 120/min
                      duration: 10s
                      mix:
                        pos-timeout: 2
                        duplicate-create: 1
                        grabfood-modification: 2
                        foodpanda-cancel-after-complete: 2
                        delivery-channel: 2
                    """);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
