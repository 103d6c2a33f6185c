package dev.dstorekit.simulator.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.simulator.catalog.StoreKey;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.order.OrderStatus;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.persistence.SandboxDatabase;
import dev.dstorekit.simulator.support.Orders;
import dev.dstorekit.simulator.support.SignedHttp;
import dev.dstorekit.simulator.support.SpecExamples;
import dev.dstorekit.simulator.support.TestSignature;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox that keeps its state, as a person sees it: the pages show the store and the order after a restart. */
class PagesAfterRestartTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final StoreKey STORE = new StoreKey("MER-AHSENG-0001", "STORE-MAXWELL-0123");

    @TempDir
    Path dataDir;

    @Test
    void theStoreItsMenuAndAnOrderAreStillOnThePagesAfterARestart() throws Exception {
        String requestOrderId;
        try (EmbeddedServer server = start()) {
            SignedHttp pos = SignedHttp.asPos(server.getURI());
            ObjectNode sync = SpecExamples.syncProductFullSync();
            sync.put("requestId", UUID.randomUUID().toString());
            assertEquals("S", pos.post("/v2/pos/syncProduct", SpecExamples.text(sync)).resultStatus());
            SimOrder order = new SimOrder(Orders.pickup(), CustomerOrders.RUN_ID, "storefront");
            server.getApplicationContext().getBean(OrderRepository.class).add(order);
            order.created("POS-1", true);
            order.moveTo(OrderStatus.ACCEPTED);
            requestOrderId = order.requestOrderId();
        }

        try (EmbeddedServer restarted = start()) {
            HttpResponse<String> index = get(restarted, "/");
            assertEquals(200, index.statusCode());
            assertTrue(index.body().contains(StorefrontController.href(STORE)), index.body());
            HttpResponse<String> store = get(restarted, StorefrontController.href(STORE));
            assertEquals(200, store.statusCode());
            assertTrue(store.body().contains("Add to basket"), "the menu: " + store.body());
            HttpResponse<String> order = get(restarted, "/orders/" + requestOrderId);
            assertEquals(200, order.statusCode());
            assertTrue(order.body().contains("ACCEPTED") && order.body().contains("POS-1"), order.body());
            HttpResponse<String> console = get(restarted, "/console?operation=syncProduct");
            assertTrue(console.body().contains("syncProduct") && console.body().contains("S/SUCCESS"), "the message before the restart: " + console.body());
        }
    }

    private EmbeddedServer start() {
        Map<String, Object> properties = new HashMap<>(TestSignature.simulatorProperties());
        properties.put("simulator.data-dir", dataDir.toString());
        properties.put("micronaut.server.port", -1);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
        server.getApplicationContext().getBean(SandboxDatabase.class);
        return server;
    }

    private static HttpResponse<String> get(EmbeddedServer server, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.getURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
