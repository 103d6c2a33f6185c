package dev.dstorekit.simulator.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpServer;
import dev.dstorekit.simulator.spec.SpecSchemas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped script for the reference pos-server's merchant API sends what that API expects. */
class HttpScriptMerchantDriverTest {

    record Seen(String method, String path, String authorization, String body) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    HttpServer server;
    final List<Seen> seen = new CopyOnWriteArrayList<>();
    int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void statusRefundAndDeliveryCallsFollowTheMerchantApi() throws IOException {
        MerchantDriver driver = shipped().withVariables(Map.of("base", "http://127.0.0.1:" + server.getAddress().getPort(), "token", "t0k3n"));
        Map<String, String> order = Map.of("posOrderId", "POS 1/2", "posAccountId", "ACC-1", "currency", "SGD");

        MerchantDriver.Result accepted = driver.perform("status", with(order, "status", "ACCEPTED", "reason", "said \"yes\""));
        driver.perform("refund", with(order, "amount", "150", "reason", "egg sold out"));
        driver.perform("delivery-status", with(order, "deliveryStatus", "PICKED_UP"));

        assertTrue(accepted.performed() && accepted.ok(), accepted.summary());
        assertEquals(new Seen("POST", "/merchant/v1/orders/POS%201%2F2/status", "Bearer t0k3n",
                "{\"status\":\"ACCEPTED\",\"reason\":\"said \\\"yes\\\"\"}"), seen.get(0));
        assertEquals("{\"amount\":{\"value\":150,\"currency\":\"SGD\"},\"reason\":\"egg sold out\"}", seen.get(1).body());
        assertEquals("/merchant/v1/orders/POS%201%2F2/delivery-status", seen.get(2).path());
        assertEquals("PUT", seen.get(2).method(), "the merchant spec's setDeliveryStatus is a PUT");
    }

    /**
     * Every action of the shipped script is an operation of the merchant spec with the spec's method, and its body
     * validates against that operation's request schema.
     */
    @Test
    void everyShippedActionIsAMerchantSpecOperationWithAValidBody() throws IOException {
        MerchantDriver driver = shipped().withVariables(Map.of("base", "http://127.0.0.1:" + server.getAddress().getPort(), "token", "t0k3n"));
        Map<String, String> values = Map.of("posOrderId", "POS-20261125-000042", "posAccountId", "ACC-1", "currency", "SGD",
                "status", "READY", "reason", "lunch rush", "amount", "150", "deliveryStatus", "PICKED_UP",
                "shortOrderNumber", "A23", "readyTime", "2026-11-25T12:15:00+08:00");
        JsonNode spec = YAML.readTree(getClass().getClassLoader().getResource("openapi/merchant-api.yaml"));
        SpecSchemas schemas = new SpecSchemas();
        List<String> actions = new java.util.ArrayList<>();
        YAML.readTree(getClass().getClassLoader().getResource("merchant-drivers/reference-pos-server.yaml")).path("actions")
                .fieldNames().forEachRemaining(actions::add);

        for (String action : actions) {
            seen.clear();
            assertTrue(driver.perform(action, values).ok(), action);
            Seen call = seen.get(0);
            Map.Entry<String, JsonNode> operation = operation(spec, call.path()).orElseThrow(() -> new AssertionError(action
                    + ": " + call.path() + " is not a path of merchant-api.yaml"));
            JsonNode byMethod = operation.getValue().path(call.method().toLowerCase(java.util.Locale.ROOT));
            assertFalse(byMethod.isMissingNode(), action + ": merchant-api.yaml has no " + call.method() + " " + operation.getKey());
            String ref = byMethod.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText();
            String schema = ref.substring(ref.lastIndexOf('/') + 1);
            assertEquals(List.of(), schemas.validate("merchant-api.yaml", schema, YAML.readTree(call.body())), action + ": " + call.body());
            assertEquals("Bearer t0k3n", call.authorization(), action);
        }
        assertTrue(actions.containsAll(List.of("status", "refund", "delivery-status", "short-order-number", "ready-time")), actions.toString());
    }

    private static java.util.Optional<Map.Entry<String, JsonNode>> operation(JsonNode spec, String path) {
        for (var it = spec.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (path.matches(entry.getKey().replaceAll("\\{[^}]+}", "[^/]+"))) {
                return java.util.Optional.of(entry);
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    void aRefusedActionIsReportedAndAnUnknownOneIsNotPerformed() throws IOException {
        status = 409;
        MerchantDriver driver = shipped().withVariables(Map.of("base", "http://127.0.0.1:" + server.getAddress().getPort()));

        MerchantDriver.Result refused = driver.perform("status", Map.of("posOrderId", "P-1", "status", "PREPARING", "reason", "x"));
        MerchantDriver.Result unknown = driver.perform("pos-fault", Map.of());

        assertTrue(refused.performed());
        assertFalse(refused.ok());
        assertTrue(refused.summary().contains("HTTP 409"), refused.summary());
        assertFalse(unknown.performed());
    }

    private static HttpScriptMerchantDriver shipped() throws IOException {
        try (InputStream in = HttpScriptMerchantDriverTest.class.getClassLoader().getResourceAsStream("merchant-drivers/reference-pos-server.yaml")) {
            return HttpScriptMerchantDriver.load(in, "reference-pos-server.yaml");
        }
    }

    private static Map<String, String> with(Map<String, String> order, String... pairs) {
        Map<String, String> all = new java.util.HashMap<>(order);
        for (int i = 0; i < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        return all;
    }
}
