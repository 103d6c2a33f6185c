package dev.dstorekit.simulator.web;

import dev.dstorekit.simulator.support.TestSignature;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the control API needs a token, so does reading the console (it shows customers' data); the storefront stays open. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleReadingGuardTest implements TestPropertyProvider {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String TOKEN = "console-guard-test-token-0123456789abcdef";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestSignature.simulatorProperties());
        properties.put("simulator.control-token", TOKEN);
        return properties;
    }

    @Test
    void theConsoleWithoutTheTokenAnswersTheTokenFormOnly() throws Exception {
        HttpResponse<String> answer = get("/console", null);

        assertEquals(401, answer.statusCode());
        assertTrue(answer.body().contains("action=\"/console/token\""), answer.body());
        assertFalse(answer.body().contains("Messages, newest first"), answer.body());
    }

    @Test
    void aMessagesPageWithAWrongTokenIsRefused() throws Exception {
        assertEquals(401, get("/console/orders/W1", "wrong-token-wrong-token-wrong-token-0000").statusCode());
    }

    @Test
    void theConsoleWithTheTokenCookieIsShown() throws Exception {
        HttpResponse<String> answer = get("/console", TOKEN);

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Messages, newest first"), answer.body());
    }

    @Test
    void theStorefrontNeedsNoToken() throws Exception {
        assertEquals(200, get("/", null).statusCode());
    }

    private HttpResponse<String> get(String path, String cookieToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path)).GET();
        if (cookieToken != null) {
            request.header("Cookie", WebActionGuard.TOKEN_COOKIE + "=" + cookieToken);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
