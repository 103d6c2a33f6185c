package dev.dstorekit.simulator.web;

import dev.dstorekit.simulator.support.TestSignature;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages' actions refuse cross-site requests, like a form another site posts to the simulator. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebActionGuardTest implements TestPropertyProvider {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String BASKET = "{\"serviceType\":\"DINEIN\",\"tableNo\":\"A1\",\"lines\":[{\"posProductId\":\"X\",\"quantity\":1}]}";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestSignature.simulatorProperties();
    }

    @Test
    void aPaymentFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<String> answer = post("/stores/ACC/STALL/orders", Map.of("Origin", "https://evil.example"));

        assertEquals(403, answer.statusCode());
        assertTrue(answer.body().contains("is not this simulator"), answer.body());
    }

    @Test
    void aRequestTheBrowserMarksCrossSiteIsRefused() throws Exception {
        HttpResponse<String> answer = post("/console/reset", Map.of("Origin", origin(), "Sec-Fetch-Site", "cross-site"));

        assertEquals(403, answer.statusCode());
    }

    @Test
    void anActionWithoutOriginIsRefused() throws Exception {
        assertEquals(403, post("/console/faults/clear", Map.of()).statusCode());
    }

    @Test
    void anActionFromTheSimulatorsOwnPageGoesThrough() throws Exception {
        HttpResponse<String> answer = post("/stores/ACC/STALL/orders", Map.of("Origin", origin(), "Sec-Fetch-Site", "same-origin"));

        assertEquals(404, answer.statusCode(), "no such store, but not refused: " + answer.body());
    }

    private String origin() {
        URI uri = server.getURI();
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private HttpResponse<String> post(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BASKET));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
