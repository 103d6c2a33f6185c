package dev.dstorekit.simulator.state;

import dev.dstorekit.simulator.Simulator;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.persistence.SandboxDatabase;
import dev.dstorekit.simulator.support.Console;
import dev.dstorekit.simulator.support.Orders;
import dev.dstorekit.simulator.support.TestSignature;
import dev.dstorekit.simulator.violation.ViolationKind;
import dev.dstorekit.simulator.violation.ViolationLog;
import dev.dstorekit.testsupport.TestKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clean slate from outside: the control API's reset and the {@code reset} command. */
class ResetTest {

    static final String TOKEN = "test-only-control-token-0123456789abcdef";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void controlApiResetNeedsTheControlTokenAndForgetsEverything() throws Exception {
        try (EmbeddedServer server = start()) {
            String requestOrderId = keepSomething(server);
            OrderRepository orders = server.getApplicationContext().getBean(OrderRepository.class);

            HttpResponse<String> refused = reset(server, null);

            assertEquals(401, refused.statusCode());
            assertTrue(orders.find(requestOrderId).isPresent(), "a refused reset forgets nothing");

            HttpResponse<String> reset = reset(server, "Bearer " + TOKEN);

            assertEquals(200, reset.statusCode(), reset.body());
            assertTrue(orders.all().isEmpty());
            assertTrue(server.getApplicationContext().getBean(ViolationLog.class).all().isEmpty());
        }
        try (EmbeddedServer restarted = start()) {
            assertTrue(restarted.getApplicationContext().getBean(OrderRepository.class).all().isEmpty(),
                    "the reset reached the database");
        }
    }

    @Test
    void resetCommandWipesAStoppedSimulatorsDataDirectory() {
        String requestOrderId;
        try (EmbeddedServer server = start()) {
            requestOrderId = keepSomething(server);
        }

        Console.Run run = Console.capture(() -> Simulator.execute("reset", "--data-dir", dataDir.toString()));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("forgotten"), run.out());
        try (EmbeddedServer restarted = start()) {
            assertTrue(restarted.getApplicationContext().getBean(OrderRepository.class).find(requestOrderId).isEmpty());
            assertTrue(restarted.getApplicationContext().getBean(ViolationLog.class).all().isEmpty());
        }
    }

    @Test
    void resetCommandRefusesADataDirectoryASimulatorProcessHolds() throws Exception {
        Process serving = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Simulator.class.getName(), "serve", "--port", "0",
                "--data-dir", dataDir.toString(), "--client-id", TestSignature.CLIENT_ID,
                "--dstore-private-key", TestKeys.base64(TestKeys.DSTORE.getPrivate()), "--pos-public-key", TestKeys.base64(TestKeys.POS.getPublic()))
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(serving.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.startsWith("Sandbox state:"));
            assertTrue(line != null && line.contains(dataDir.toString()), "the simulator process serves on the data directory");

            Console.Run run = Console.capture(() -> Simulator.execute("reset", "--data-dir", dataDir.toString()));

            assertEquals(Simulator.COULD_NOT_RUN, run.exitCode(), run.out());
            assertTrue(run.err().contains("in use by a running simulator") && run.err().contains("POST /control/reset"), run.err());
        } finally {
            serving.destroy();
            serving.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void resetCommandOnADirectoryWithoutStateCreatesNothing() {
        Path empty = dataDir.resolve("never-served");

        Console.Run run = Console.capture(() -> Simulator.execute("reset", "--data-dir", empty.toString()));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("nothing to forget"), run.out());
        assertFalse(Files.exists(empty.resolve(SandboxDatabase.FILE_NAME + ".mv.db")));
    }

    private EmbeddedServer start() {
        Map<String, Object> properties = new HashMap<>(TestSignature.simulatorProperties());
        properties.put("simulator.data-dir", dataDir.toString());
        properties.put("simulator.control-token", TOKEN);
        properties.put("micronaut.server.port", -1);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
        server.getApplicationContext().getBean(CleanSlate.class);
        return server;
    }

    private static String keepSomething(EmbeddedServer server) {
        SimOrder order = new SimOrder(Orders.pickup(), "run-1", "test");
        server.getApplicationContext().getBean(OrderRepository.class).add(order);
        server.getApplicationContext().getBean(ViolationLog.class).record(ViolationKind.SCHEMA_VIOLATION, order.requestOrderId(),
                "notifyOrderChange", "test");
        return order.requestOrderId();
    }

    private static HttpResponse<String> reset(EmbeddedServer server, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + "/control/reset"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
