package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.report.OrderReport;
import dev.dstorekit.simulator.report.RunReport;
import dev.dstorekit.simulator.support.AgainstFakePos;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every shipped scenario, and a small rush mixing them, against a POS that follows every rule: no violations. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenariosAgainstACorrectPosTest extends AgainstFakePos {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    protected Path scenarioDirectory() {
        try {
            Path scenarios = Files.createDirectories(directory.resolve("scenarios"));
            Files.writeString(scenarios.resolve("mini-rush.yaml"), """
                    name: mini-rush
                    description: every shipped flow once or twice, fast
                    rush:
                      rate: 60/min
                      duration: 12s
                      mix:
                        happy-pickup: 2
                        dine-in: 1
                        delivery-merchant: 1
                        delivery-channel: 1
                        grabfood-modification: 1
                        foodpanda-cancel-after-complete: 1
                        duplicate-create: 1
                        pos-timeout: 1
                    """);
            return scenarios;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"happy-pickup", "dine-in", "delivery-merchant", "delivery-channel", "pos-timeout",
            "pos-returns-unknown", "duplicate-create", "manual-accept-timeout", "grabfood-modification",
            "foodpanda-cancel-after-complete", "sandbox-mix"})
    void shippedScenarioPassesAgainstACorrectPos(String scenario) {
        RunReport report = run(scenario);

        assertEquals(RunReport.PASSED, report.status(), () -> report.summary() + "\n" + log());
        assertEquals(0, report.counts().violations(), log());
        assertTrue(report.counts().orders() >= 1);
        assertEquals(0, report.exitCode());
    }

    @Test
    void happyPickupWalksTheOrderToCompletedWithEveryStepNotified() {
        RunReport report = run("happy-pickup");

        OrderReport order = report.orders().get(0);
        assertEquals("COMPLETED", order.finalStatus(), log());
        assertTrue(order.posOrderId().startsWith("FAKE-"));
        assertTrue(order.notifications() >= 3, "PREPARING, READY, COMPLETED (and ACCEPTED for a manual store)");
        assertTrue(order.timeline().stream().anyMatch(e -> e.direction().equals("IN") && e.summary().contains("orderStatus=READY")));
    }

    @Test
    void lostCreateOrderAnswerIsFollowedByAnInquiryAndARetryWithTheSameRequestOrderId() {
        int before = fakePos.orderCount();

        RunReport report = run("pos-timeout");

        assertEquals(RunReport.PASSED, report.status(), log());
        assertEquals(before + 1, fakePos.orderCount(), "the retry did not create a second order");
        OrderReport order = report.orders().get(0);
        long creates = order.timeline().stream().filter(e -> e.operation().equals("createOrder") && e.direction().equals("OUT")).count();
        assertEquals(2, creates, "the lost attempt and the retry");
        assertTrue(order.timeline().stream().anyMatch(e -> e.operation().equals("inquireOrderDetail")));
        assertEquals("CANCELLED", order.finalStatus());
    }

    @Test
    void manualAcceptanceTimeoutEndsWithD_StoreCancellingOnAManualStore() {
        RunReport report = run("manual-accept-timeout");

        assertEquals(RunReport.PASSED, report.status(), log());
        OrderReport last = report.orders().get(report.orders().size() - 1);
        assertTrue(last.store().endsWith("STORE-AMOY-0105"), "the store that does not auto-accept: " + last.store());
        assertEquals("CANCELLED", last.finalStatus());
    }

    @Test
    void aRushMixingEveryFlowRunsCleanAndCountsItsNotifications() {
        RunReport report = run("mini-rush");

        assertEquals(RunReport.PASSED, report.status(), () -> report.summary() + "\n" + log());
        assertEquals(12, report.counts().orders(), log());
        assertTrue(report.counts().notifications() > 0);
    }

    @Test
    void theControlApiShowsStoresCatalogsOrdersWithTimelinesAndHealth() throws Exception {
        RunReport report = run("dine-in");
        String id = report.orders().get(0).requestOrderId();

        JsonNode order = get("/control/orders/" + id);
        JsonNode orders = get("/control/orders?runId=" + report.runId());
        JsonNode stores = get("/control/stores");
        JsonNode scenarios = get("/control/scenarios");

        assertEquals(id, order.path("requestOrderId").asText());
        assertEquals("COMPLETED", order.path("status").asText());
        assertTrue(order.path("timeline").size() > 5, order.toString());
        assertEquals(id, order.path("request").path("requestOrderId").asText());
        assertEquals(1, orders.size());
        assertEquals(2, stores.path("catalogs").size(), stores.toString());
        assertEquals(13, scenarios.size(), "12 shipped + the test's mini-rush");
        assertEquals("UP", get("/health").path("status").asText());
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(server.getURI().resolve("/control/orders/nope")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.getURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void unknownScenarioCannotRun() {
        RunReport report = run("no-such-scenario");

        assertEquals(RunReport.ERROR, report.status());
        assertEquals(2, report.exitCode());
        assertTrue(report.error().contains("happy-pickup"), "lists the known scenarios: " + report.error());
    }
}
