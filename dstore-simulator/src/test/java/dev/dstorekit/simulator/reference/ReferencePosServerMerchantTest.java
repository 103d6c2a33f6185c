package dev.dstorekit.simulator.reference;

import dev.dstorekit.simulator.Simulator;
import dev.dstorekit.simulator.catalog.CatalogRepository;
import dev.dstorekit.simulator.catalog.StoreKey;
import dev.dstorekit.simulator.report.OrderReport;
import dev.dstorekit.simulator.report.RunReport;
import dev.dstorekit.simulator.scenario.RunOptions;
import dev.dstorekit.simulator.scenario.ScenarioRunner;
import dev.dstorekit.simulator.support.Console;
import dev.dstorekit.simulator.support.ReferencePosServer;
import dev.dstorekit.simulator.support.TestSignature;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merchant side of the reference POS server, played through its merchant API by the shipped merchant driver:
 * the sandbox's own run (add the hawker stall, replace its catalog, sandbox-mix) must end with zero violations, and so
 * must the scenarios that need a merchant and a lunch rush with D-Store answering some calls U or rate-limited. The
 * POS server runs from its jar in its own JVM on its embedded database; skipped when that build has no merchant API.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferencePosServerMerchantTest implements TestPropertyProvider {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String STALL = "AHHOCK-MAXWELL-01";

    private ReferencePosServer pos;
    private Console.Run sandbox;
    private final Path directory = temporary();
    private final List<String> progress = Collections.synchronizedList(new ArrayList<>());

    @Inject
    EmbeddedServer server;
    @Inject
    ScenarioRunner runner;
    @Inject
    CatalogRepository catalogs;

    @Override
    public Map<String, String> getProperties() {
        int port = ReferencePosServer.freePort();
        pos = ReferencePosServer.startOrSkip(port, Map.of("POS_OUTBOX_POLL_INTERVAL", "200ms"));
        try {
            int merchantApi = HTTP.send(merchant("GET", "/merchant/v1/stores", null), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (merchantApi != 200) {
                pos.close();
                Assumptions.abort("this build of pos-server has no merchant API (GET /merchant/v1/stores answered " + merchantApi + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Map<String, String> properties = new HashMap<>(TestSignature.simulatorProperties());
        properties.put("micronaut.server.port", String.valueOf(port));
        properties.put("simulator.pos.gateway-url", pos.uri().toString());
        properties.put("simulator.merchant-driver", "classpath:merchant-drivers/reference-pos-server.yaml");
        properties.put("simulator.merchant-variables.base", pos.uri().toString());
        properties.put("simulator.merchant-variables.token", ReferencePosServer.API_TOKEN);
        properties.put("simulator.catalog-wait", "10s");
        properties.put("simulator.scenario-dirs", scenarios().toString());
        return properties;
    }

    /**
     * The sandbox's guided run, as scripts/sandbox starts it, first; then the stall's catalog also goes to the
     * auto-accepting store, so the later runs see both kinds of store.
     */
    @BeforeAll
    void runTheSandboxThenSyncAnAutoAcceptingStore() throws Exception {
        sandbox = Console.capture(() -> Simulator.execute("sandbox", "--simulator-url", server.getURI().toString(),
                "--merchant-url", pos.uri().toString(), "--merchant-token", ReferencePosServer.API_TOKEN,
                "--report-dir", directory.resolve("sandbox").toString()));

        byte[] catalog;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("sandbox/hawker-stall-catalog.json")) {
            catalog = in.readAllBytes();
        }
        HttpResponse<String> replaced = HTTP.send(merchant("PUT", "/merchant/v1/stores/" + ReferencePosServer.AUTO_STORE + "/catalog", catalog),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, replaced.statusCode(), replaced.body());
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (catalogs.find(new StoreKey(ReferencePosServer.ACCOUNT, ReferencePosServer.AUTO_STORE)).isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "pos-server's syncProduct of " + ReferencePosServer.AUTO_STORE + " never arrived");
            Thread.sleep(100);
        }
    }

    @AfterAll
    void stopTheReferencePos() {
        if (pos != null) {
            pos.close();
        }
    }

    @Test
    void theSandboxRunAddsTheStallSyncsItsCatalogAndEndsWithZeroViolations() {
        String out = sandbox.out();

        assertEquals(0, sandbox.exitCode(), out + sandbox.err());
        assertTrue(out.contains("HTTP 201: " + STALL + " added"), out);
        assertTrue(out.contains("addStore arrived after"), out);
        assertTrue(out.contains("syncProduct arrived after") && out.contains("(24 products, 24 available"), out);
        assertTrue(out.contains("violations: none"), out);
        assertTrue(out.contains("pos-server: COMPLETED, refunded"), "the merchant's refund, as the POS keeps it: " + out);
        List<String> lines = out.lines().toList();
        assertEquals("sandbox: 6 orders, 27 notifications, 0 violations", lines.get(lines.size() - 1), out);
    }

    @Test
    void aLunchRushWithD_StoreAnsweringSomeCallsUOrRateLimitedEndsWithZeroViolations() {
        RunReport report = run("merchant-rush", null);

        assertEquals(RunReport.PASSED, report.status(), () -> report.summary() + "\n" + String.join("\n", progress));
        assertEquals(0, report.counts().violations() + report.counts().warnings(), () -> report.violations().toString());
        assertTrue(report.orders().size() >= 40, report::summary);
        assertTrue(report.orders().stream().map(OrderReport::store).distinct().count() == 2, "both stores: " + report.summary());
        assertTrue(report.orders().stream().anyMatch(order -> order.milestones().contains("DELIVERED")), report::summary);
    }

    private RunReport run(String scenario, Double clockSpeed) {
        progress.clear();
        return runner.run(scenario, new RunOptions(3, clockSpeed, Duration.ofSeconds(10), RunOptions.Detail.CALLS), progress::add);
    }

    private HttpRequest merchant(String method, String path, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(pos.uri().resolve(path))
                .header("Authorization", "Bearer " + ReferencePosServer.API_TOKEN).header("Content-Type", "application/json");
        return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private Path scenarios() {
        try {
            Path scenarios = Files.createDirectories(directory.resolve("scenarios"));
            // lunch-rush's mix and faults, 40 orders in about 10 s
            Files.writeString(scenarios.resolve("merchant-rush.yaml"), """
                    name: merchant-rush
                    description: lunch-rush in small, with the merchant played through the merchant API
                    clockSpeed: 12
                    faults:
                      - "notifyOrderChange:UNKNOWN:rate=0.03"
                      - "*:TRAFFIC_LIMIT:rate=0.01"
                    rush:
                      rate: 20/min
                      duration: 2m
                      mix:
                        happy-pickup: 6
                        dine-in: 3
                        delivery-merchant: 2
                        delivery-channel: 3
                        grabfood-modification: 2
                        foodpanda-cancel-after-complete: 1
                        duplicate-create: 1
                        pos-timeout: 1
                    """);
            return scenarios;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("reference-merchant");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
