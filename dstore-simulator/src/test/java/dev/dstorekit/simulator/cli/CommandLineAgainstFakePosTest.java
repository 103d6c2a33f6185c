package dev.dstorekit.simulator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.simulator.Simulator;
import dev.dstorekit.simulator.support.AgainstFakePos;
import dev.dstorekit.simulator.support.Console;
import dev.dstorekit.simulator.support.FakePos;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands that talk to a POS or a running simulator, against the in-test fake POS. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineAgainstFakePosTest extends AgainstFakePos {

    @Test
    void scenarioCommandRunsOnTheRunningSimulatorAndWritesTheReport() throws IOException {
        Path reports = CommandLineTest.tempDir();

        Console.Run run = Console.capture(() -> Simulator.execute("scenario", "happy-pickup", "--simulator-url", server.getURI().toString(),
                "--report-dir", reports.toString(), "--clock-speed", "600", "--seed", "3"));

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("happy-pickup: PASSED"), run.out());
        assertTrue(run.out().contains("createOrder"), "progress is shown: " + run.out());
        assertTrue(Files.exists(reports.resolve("happy-pickup.json")));
        assertTrue(Files.readString(reports.resolve("TEST-dstore-simulator-happy-pickup.xml")).contains("failures=\"0\""));
    }

    @Test
    void scenarioCommandExitsOneWhenThePosMisbehaves() {
        fakePos.behave(FakePos.Misbehaviour.STALE_INQUIRY);

        Console.Run run = Console.capture(() -> Simulator.execute("scenario", "pos-timeout", "--simulator-url", server.getURI().toString(),
                "--report-dir", CommandLineTest.tempDir().toString(), "--clock-speed", "600", "--quiet"));

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("VIOLATION INQUIRY_STATUS_MISMATCH"), run.out());
    }

    @Test
    void scenarioCommandWithoutASimulatorCannotRun() {
        Console.Run run = Console.capture(() -> Simulator.execute("scenario", "happy-pickup", "--simulator-url", "http://127.0.0.1:" + freePort()));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no simulator answering"), run.err());
    }

    @Test
    void runCommandServesRunsTheScenarioAndExitsZero() throws Exception {
        int port = freePort();
        URI simulator = URI.create("http://127.0.0.1:" + port);
        Path reports = CommandLineTest.tempDir();
        CompletableFuture<Void> posSide = CompletableFuture.runAsync(() -> {
            awaitHealth(simulator);
            fakePos.connect(simulator, json);
            fakePos.syncCatalogs();
        });
        try {
            Console.Run run = Console.capture(() -> Simulator.execute(CommandLineTest.withKeys("run", "pos-timeout", "--port", String.valueOf(port),
                    "--pos-url", fakePos.uri().toString(), "--report-dir", reports.toString(), "--clock-speed", "600",
                    "--catalog-wait", "20s", "--create-order-budget", "2s")));

            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains("listening on http://"), run.out());
            assertTrue(run.out().contains("pos-timeout: PASSED"), run.out());
            assertTrue(Files.exists(reports.resolve("pos-timeout.json")));
        } finally {
            posSide.join();
            fakePos.connect(server.getURI(), json);
        }
    }

    @Test
    void loadSendsSignedCreateOrdersAtTheRateAndReportsPercentiles() throws Exception {
        Path report = CommandLineTest.tempDir().resolve("load.json");

        Console.Run run = Console.capture(() -> Simulator.execute(CommandLineTest.withKeys("load", "--rate", "40", "--duration", "2s",
                "--warmup", "500ms", "--pos-url", fakePos.uri().toString(), "--verify-every", "4", "--report", report.toString())));

        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonNode json = new ObjectMapper().readTree(Files.readString(report));
        assertEquals(100, json.path("sent").asInt(), "rate × (warm-up + duration)");
        assertEquals(0, json.path("errors").asInt(), json.toString());
        assertTrue(json.path("signatures_verified").asInt() >= 20, json.toString());
        assertTrue(json.path("p99_ms").asDouble() > 0 && json.path("p99_ms").asDouble() >= json.path("p50_ms").asDouble());
        assertTrue(json.path("throughput_per_s").asDouble() > 0);
        assertTrue(run.out().contains("load: t=1s"), "progress is shown: " + run.out());
    }

    @Test
    void loadCountsAnswersWhoseSignatureFailsAsErrors() throws Exception {
        fakePos.behave(FakePos.Misbehaviour.WRONGLY_SIGNED_ANSWERS);
        Path report = CommandLineTest.tempDir().resolve("load.json");

        Console.Run run = Console.capture(() -> Simulator.execute(CommandLineTest.withKeys("load", "--rate", "20", "--duration", "1s",
                "--warmup", "0s", "--pos-url", fakePos.uri().toString(), "--verify-every", "1", "--report", report.toString())));

        assertEquals(1, run.exitCode(), run.out() + run.err());
        JsonNode json = new ObjectMapper().readTree(Files.readString(report));
        assertEquals(20, json.path("signature_failures").asInt(), json.toString());
    }

    private static void awaitHealth(URI simulator) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(simulator.resolve("/health")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
