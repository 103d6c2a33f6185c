package dev.dstorekit.simulator.merchant;

import com.sun.net.httpserver.HttpServer;
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
