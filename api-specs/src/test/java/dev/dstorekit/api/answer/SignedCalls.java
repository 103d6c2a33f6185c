package dev.dstorekit.api.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.signature.RsaSignatureVerifier;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signed calls to an embedded server over raw bytes, with the answer checked to be HTTP 200 and signed. */
final class SignedCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SignedCalls() {
    }

    static JsonNode post(EmbeddedServer server, KeyPair keys, String clientId, String path, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String time = RequestTimes.now(Clock.systemUTC());
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .header("Client-Id", clientId)
                        .header("Request-Time", time)
                        .header("Signature", new RsaPayloadSigner(keys.getPrivate()).sign("POST", path, clientId, time, bytes))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        String answerTime = response.headers().firstValue("Response-Time").orElseThrow();
        assertTrue(new RsaSignatureVerifier(keys.getPublic()).verify("POST", path, clientId, answerTime, response.body(),
                response.headers().firstValue("Signature").orElse(null)).valid(), "every answer is signed");
        return JSON.readTree(response.body());
    }
}
