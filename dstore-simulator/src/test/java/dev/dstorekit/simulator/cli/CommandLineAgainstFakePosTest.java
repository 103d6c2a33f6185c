package dev.dstorekit.simulator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.simulator.Simulator;
import dev.dstorekit.simulator.support.AgainstFakePos;
import dev.dstorekit.simulator.support.Console;
import dev.dstorekit.simulator.support.FakePos;
import dev.dstorekit.simulator.support.SlowPos;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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

    @Test
    void loadRunsSeveralRatesInOneJvmWithAReportAndFreshOrdersEach() throws Exception {
        Path directory = CommandLineTest.tempDir();
        int ordersBefore = fakePos.orderCount();

        Console.Run run = Console.capture(() -> Simulator.execute(CommandLineTest.withKeys("load", "--rate", "20,40", "--duration", "1s",
                "--warmup", "200ms", "--pause", "200ms", "--pos-url", fakePos.uri().toString(), "--verify-every", "4",
                "--report", directory.resolve("load-{rate}.json").toString())));

        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonNode slower = new ObjectMapper().readTree(Files.readString(directory.resolve("load-20.json")));
        JsonNode faster = new ObjectMapper().readTree(Files.readString(directory.resolve("load-40.json")));
        assertEquals(List.of(20.0, 24, 20), List.of(slower.path("rate_per_s").asDouble(), slower.path("sent").asInt(), slower.path("ok").asInt()),
                slower.toString());
        assertEquals(List.of(40.0, 48, 40), List.of(faster.path("rate_per_s").asDouble(), faster.path("sent").asInt(), faster.path("ok").asInt()),
                faster.toString());
        assertEquals(24 + 48, fakePos.orderCount() - ordersBefore, "every request of both stages is a new requestOrderId");
        assertEquals(2, run.out().lines().filter(line -> line.startsWith("load: ") && line.contains(" ok, ")).count(), run.out());
    }

    @Test
    void loadWithSeveralRatesNeedsTheRateInTheReportPath() {
        int ordersBefore = fakePos.orderCount();

        Console.Run run = Console.capture(() -> Simulator.execute(CommandLineTest.withKeys("load", "--rate", "20,40", "--duration", "1s",
                "--pos-url", fakePos.uri().toString(), "--report", CommandLineTest.tempDir().resolve("load.json").toString())));

        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("--report must contain {rate}"), run.err());
        assertEquals(ordersBefore, fakePos.orderCount(), "refused before sending anything");
    }

    @Test
    void loadQueuesRequestsBehindItsConnectionsAndCountsTheWait() throws Exception {
        Path report = CommandLineTest.tempDir().resolve("load.json");
        try (SlowPos pos = SlowPos.answeringAfter(Duration.ofMillis(200))) {
            // 2 connections × 5 answers/s = 10/s, offered 20/s: the queue grows for a second, then drains
            Console.Run run = Console.capture(() -> Simulator.execute(CommandLineTest.withKeys("load", "--rate", "20", "--duration", "1s",
                    "--warmup", "0s", "--connections", "2", "--pos-url", pos.uri().toString(), "--report", report.toString())));

            assertEquals(0, run.exitCode(), run.out() + run.err());
            JsonNode json = new ObjectMapper().readTree(Files.readString(report));
            assertEquals(List.of(20, 2), List.of(json.path("ok").asInt(), json.path("connections").asInt()), json.toString());
            assertTrue(json.path("p50_ms").asDouble() > 400, "the wait for a connection is latency: " + json);
            assertTrue(json.path("max_ms").asDouble() > 800, json.toString());
            assertEquals(2, pos.mostOpenConnections(), "never more connections than --connections");
            assertEquals(20, Set.copyOf(pos.requestOrderIds()).size());
        }
    }

    @Test
    void loadSharesItsRateRoundRobinOverSeveralPosUrlsAndReportsItsMeasuredWindow() throws Exception {
        Path report = CommandLineTest.tempDir().resolve("load.json");
        long before = System.currentTimeMillis();
        try (SlowPos first = SlowPos.answeringAfter(Duration.ofMillis(5)); SlowPos second = SlowPos.answeringAfter(Duration.ofMillis(5))) {
            Console.Run run = Console.capture(() -> Simulator.execute(CommandLineTest.withKeys("load", "--rate", "20", "--duration", "1s",
                    "--warmup", "0s", "--connections", "3", "--pos-url", first.uri() + "," + second.uri(), "--report", report.toString())));

            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertEquals(List.of(10, 10), List.of(first.requestOrderIds().size(), second.requestOrderIds().size()),
                    "each instance gets every other request");
            assertTrue(Set.copyOf(first.requestOrderIds()).stream().noneMatch(Set.copyOf(second.requestOrderIds())::contains));
            assertEquals(List.of(3, 3), List.of(first.mostOpenConnections(), second.mostOpenConnections()), "--connections per POS");
            JsonNode json = new ObjectMapper().readTree(Files.readString(report));
            assertEquals(List.of(20, 6), List.of(json.path("ok").asInt(), json.path("connections").asInt()), json.toString());
            long from = json.path("measured_from_epoch_ms").asLong();
            long until = json.path("measured_until_epoch_ms").asLong();
            assertTrue(before <= from && from < until && until <= System.currentTimeMillis(), json.toString());
            assertTrue(until - from >= 900, "the window spans the measured second: " + json);
        }
    }

    @Test
    void loadCountsAPosThatNeverAnswersAsTimeoutsAndEnds() throws Exception {
        Path report = CommandLineTest.tempDir().resolve("load.json");
        try (SlowPos pos = SlowPos.neverAnswering()) {
            Console.Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Console.capture(() -> Simulator.execute(
                    CommandLineTest.withKeys("load", "--rate", "20", "--duration", "1s", "--warmup", "0s", "--connections", "4",
                            "--timeout", "300ms", "--pos-url", pos.uri().toString(), "--report", report.toString()))));

            assertEquals(1, run.exitCode(), run.out() + run.err());
            JsonNode json = new ObjectMapper().readTree(Files.readString(report));
            assertEquals(0, json.path("ok").asInt(), json.toString());
            assertEquals(20, json.path("errors_by_kind").path("timeout").asInt(), json.toString());
            assertTrue(pos.acceptedConnections() > 4, "a connection whose answer timed out is replaced: " + pos.acceptedConnections());
        }
    }

    @Test
    void loadRunsAScheduleOfRatesAndCountsUnknownAnswersPerSecondWithTheSuccessesToCheck() throws Exception {
        Path report = CommandLineTest.tempDir().resolve("overload.json");
        Path successes = CommandLineTest.tempDir().resolve("successes.tsv");
        try (SlowPos pos = SlowPos.answeringUnknownEvery(3)) {
            Console.Run run = Console.capture(() -> Simulator.execute(CommandLineTest.withKeys("load", "--schedule", "20:1s,40:1s",
                    "--warmup", "0s", "--connections", "4", "--allow-unknown", "--pos-url", pos.uri().toString(),
                    "--report", report.toString(), "--successes", successes.toString())));

            assertEquals(0, run.exitCode(), "U answers are allowed: " + run.out() + run.err());
            JsonNode json = new ObjectMapper().readTree(Files.readString(report));
            assertEquals(List.of(60, 40, 20, 20, 0, 0), List.of(json.path("sent").asInt(), json.path("ok").asInt(),
                    json.path("unknown").asInt(), json.path("errors").asInt(), json.path("late").asInt(),
                    json.path("http_5xx").asInt()), json.toString());
            assertEquals(30.0, json.path("rate_per_s").asDouble(), 1e-9, "the mean offered rate");
            assertEquals(2, json.path("steps").size());
            int ok = 0;
            int unknown = 0;
            for (JsonNode second : json.path("per_second")) {
                ok += second.path("ok").asInt();
                unknown += second.path("unknown").asInt();
            }
            assertEquals(List.of(40, 20), List.of(ok, unknown), "every answer is in its second: " + json.path("per_second"));
            List<String> lines = Files.readAllLines(successes);
            assertEquals(40, lines.size());
            for (String line : lines) {
                String[] ids = line.split("\t");
                assertEquals("P-" + ids[0], ids[1], line);
            }
        }
    }

    @Test
    void loadFailsOnUnknownAnswersUnlessTheyAreAllowed() throws Exception {
        try (SlowPos pos = SlowPos.answeringUnknownEvery(2)) {
            Console.Run run = Console.capture(() -> Simulator.execute(CommandLineTest.withKeys("load", "--rate", "20",
                    "--duration", "1s", "--warmup", "0s", "--pos-url", pos.uri().toString())));

            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains("(10 U)"), run.out());
        }
    }

    @Test
    void loadCountsAnswersLaterThanTheLimitAsLateAndFails() throws Exception {
        Path report = CommandLineTest.tempDir().resolve("late.json");
        try (SlowPos pos = SlowPos.answeringAfter(Duration.ofMillis(300))) {
            Console.Run run = Console.capture(() -> Simulator.execute(CommandLineTest.withKeys("load", "--rate", "10",
                    "--duration", "1s", "--warmup", "0s", "--late-after", "100ms", "--pos-url", pos.uri().toString(),
                    "--report", report.toString())));

            assertEquals(1, run.exitCode(), run.out() + run.err());
            JsonNode json = new ObjectMapper().readTree(Files.readString(report));
            assertEquals(List.of(10, 0, 10), List.of(json.path("ok").asInt(), json.path("errors").asInt(), json.path("late").asInt()),
                    json.toString());
        }
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
