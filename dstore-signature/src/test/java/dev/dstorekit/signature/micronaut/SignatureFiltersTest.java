package dev.dstorekit.signature.micronaut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.signature.RsaSignatureVerifier;
import dev.dstorekit.signature.Verification;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The filters against a real embedded server and a real declarative client: raw bytes in, raw bytes
 * out, checked with an independent verifier. Keys are generated per run; nothing here is a real key.
 */
@MicronautTest
@Property(name = "spec.name", value = SignatureFiltersTest.SPEC)
class SignatureFiltersTest {

    static final String SPEC = "SignatureFiltersTest";
    static final String CLIENT_ID = "TEST_CLIENT_0001";
    static final String PATH = "/v2/pos/echo";
    static final KeyPair PEER = RsaKeys.generate(2048);
    static final KeyPair STRANGER = RsaKeys.generate(2048);
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;
    @Inject
    EchoController echo;
    @Inject
    EchoClient client;
    @Inject
    CountingSignatureMetrics metrics;

    @Test
    void signedRequestWithOddWhitespaceAndKeyOrderIsProcessedAndItsAnswerIsSignedOverTheBytesSent() throws Exception {
        String body = "{ \"zeta\" : 1,\n\t\"requestId\":\"r-1\" ,  \"alpha\":[ ],\"text\":\"鸡饭 – extra chilli\" }\r\n";
        int before = echo.calls.get();

        Answer answer = send(PATH, body.getBytes(StandardCharsets.UTF_8), CLIENT_ID, now(), null, PEER);

        assertEquals(200, answer.status());
        assertEquals("S", answer.json().path("result").path("resultStatus").asText());
        assertEquals("r-1", answer.json().path("echo").asText());
        assertEquals(before + 1, echo.calls.get());
        assertAnswerSignedBy(PEER, PATH, answer);
    }

    @Test
    void headerWithoutSpacesAndEpochMillisecondRequestTimeAreAccepted() throws Exception {
        byte[] body = "{\"requestId\":\"r-2\"}".getBytes(StandardCharsets.UTF_8);
        String time = Long.toString(Instant.now().toEpochMilli());
        String header = new RsaPayloadSigner(PEER.getPrivate()).sign("POST", PATH, CLIENT_ID, time, body)
                .replace(", ", ",");

        Answer answer = sendWithHeader(PATH, body, CLIENT_ID, time, header);

        assertEquals("S", answer.json().path("result").path("resultStatus").asText(), answer.text());
    }

    enum Tampering {
        BODY, URI, CLIENT_ID_UNKNOWN, CLIENT_ID_MISSING, REQUEST_TIME_CHANGED, REQUEST_TIME_STALE,
        REQUEST_TIME_IN_FUTURE, REQUEST_TIME_GARBAGE, WRONG_KEY, SIGNATURE_MISSING, SIGNATURE_MALFORMED, EMPTY_BODY_UNSIGNED
    }

    @ParameterizedTest
    @EnumSource(Tampering.class)
    void aCallThatFailsVerificationIsAnsweredInvalidSignatureAndNeverProcessed(Tampering tampering) throws Exception {
        byte[] body = "{\"requestId\":\"r-3\"}".getBytes(StandardCharsets.UTF_8);
        String time = now();
        RsaPayloadSigner signer = new RsaPayloadSigner(PEER.getPrivate());
        String good = signer.sign("POST", PATH, CLIENT_ID, time, body);
        int before = echo.calls.get();
        long refusedBefore = metrics.inboundRefusedCount();

        Answer answer = switch (tampering) {
            case BODY -> sendWithHeader(PATH, "{\"requestId\":\"r-4\"}".getBytes(StandardCharsets.UTF_8), CLIENT_ID, time, good);
            case URI -> sendWithHeader(PATH, body, CLIENT_ID, time, signer.sign("POST", "/v2/pos/createOrder", CLIENT_ID, time, body));
            case CLIENT_ID_UNKNOWN -> sendWithHeader(PATH, body, "OTHER_CLIENT", time, signer.sign("POST", PATH, "OTHER_CLIENT", time, body));
            case CLIENT_ID_MISSING -> sendWithHeader(PATH, body, null, time, good);
            case REQUEST_TIME_CHANGED -> sendWithHeader(PATH, body, CLIENT_ID, RequestTimes.format(Instant.now().minusSeconds(5), ZoneOffset.ofHours(8)), good);
            case REQUEST_TIME_STALE -> send(PATH, body, CLIENT_ID, RequestTimes.format(Instant.now().minusSeconds(301), ZoneOffset.UTC), null, PEER);
            case REQUEST_TIME_IN_FUTURE -> send(PATH, body, CLIENT_ID, RequestTimes.format(Instant.now().plusSeconds(310), ZoneOffset.UTC), null, PEER); // whole seconds: 301 could round to inside the 300 s
            case REQUEST_TIME_GARBAGE -> send(PATH, body, CLIENT_ID, "yesterday", null, PEER);
            case WRONG_KEY -> send(PATH, body, CLIENT_ID, time, null, STRANGER);
            case SIGNATURE_MISSING -> sendWithHeader(PATH, body, CLIENT_ID, time, null);
            case SIGNATURE_MALFORMED -> sendWithHeader(PATH, body, CLIENT_ID, time, "RSA256 " + good.substring(good.length() - 20));
            case EMPTY_BODY_UNSIGNED -> sendWithHeader(PATH, new byte[0], CLIENT_ID, time, good);
        };

        assertEquals(200, answer.status());
        JsonNode result = answer.json().path("result");
        assertEquals("F", result.path("resultStatus").asText(), answer.text());
        assertEquals("INVALID_SIGNATURE", result.path("resultCode").asText());
        assertEquals(before, echo.calls.get(), "a refused call must never reach the controller");
        assertEquals(refusedBefore + 1, metrics.inboundRefusedCount());
        assertAnswerSignedBy(PEER, PATH, answer);
    }

    @Test
    void declarativeClientSignsWhatItSendsAndVerifiesTheAnswer() {
        int before = echo.calls.get();

        Map<String, Object> answer = client.echo(Map.of("requestId", "r-5", "note", "äöü €"));

        assertEquals("r-5", answer.get("echo"));
        assertEquals(before + 1, echo.calls.get());
    }

    @Test
    void declarativeClientRefusesAnAnswerSignedWithAnotherKey() {
        long before = metrics.answersRefusedCount();

        assertThrows(SignatureVerificationException.class, () -> client.rogue(Map.of("requestId", "r-6")));

        assertEquals(before + 1, metrics.answersRefusedCount());
    }

    @Test
    void declarativeClientRefusesAnUnsignedAnswer() {
        assertThrows(SignatureVerificationException.class, () -> client.unsigned(Map.of("requestId", "r-7")));
    }

    // --- fixtures ------------------------------------------------------------------------------

    record Answer(int status, byte[] body, java.net.http.HttpHeaders headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    Answer send(String path, byte[] body, String clientId, String time, String headerOverride, KeyPair key) throws Exception {
        String header = headerOverride != null ? headerOverride
                : new RsaPayloadSigner(key.getPrivate()).sign("POST", path, clientId, time, body);
        return sendWithHeader(path, body, clientId, time, header);
    }

    Answer sendWithHeader(String path, byte[] body, String clientId, String time, String signature) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        if (clientId != null) {
            request.header("Client-Id", clientId);
        }
        if (time != null) {
            request.header("Request-Time", time);
        }
        if (signature != null) {
            request.header("Signature", signature);
        }
        java.net.http.HttpResponse<byte[]> response = HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body(), response.headers());
    }

    static void assertAnswerSignedBy(KeyPair key, String path, Answer answer) {
        String clientId = answer.headers().firstValue("Client-Id").orElse(null);
        String time = answer.headers().firstValue("Response-Time").orElse(null);
        String signature = answer.headers().firstValue("Signature").orElse(null);
        assertEquals(CLIENT_ID, clientId);
        assertTrue(RequestTimes.withinTolerance(time, Instant.now(), Duration.ofSeconds(5)), "Response-Time " + time);
        Verification verification = new RsaSignatureVerifier(key.getPublic())
                .verify("POST", path, clientId, time, answer.body(), signature);
        assertTrue(verification.valid(), "answer signature: " + verification);
    }

    static String now() {
        return RequestTimes.now(Clock.system(ZoneOffset.ofHours(8)));
    }

    @Factory
    @Requires(property = "spec.name", value = SPEC)
    static class TestSettings {
        @Singleton
        SignatureSettings signatureSettings() {
            // One context plays both parties, so "our" key and the "peer's" key are the same pair here.
            return new SignatureSettings(CLIENT_ID, new RsaPayloadSigner(PEER.getPrivate()),
                    new RsaSignatureVerifier(PEER.getPublic()), Duration.ofSeconds(300), true, Clock.systemUTC());
        }
    }

    @Controller
    @Requires(property = "spec.name", value = SPEC)
    static class EchoController {
        final AtomicInteger calls = new AtomicInteger();

        @Post(PATH)
        Map<String, Object> echo(@Body Map<String, Object> body) {
            calls.incrementAndGet();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("result", Map.of("resultStatus", "S", "resultCode", "SUCCESS", "resultMessage", "success"));
            answer.put("echo", body.get("requestId"));
            return answer;
        }

        /** Answers pre-signed with a stranger's key; the server filter leaves a signed answer alone. */
        @Post("/v2/pos/rogue")
        HttpResponse<byte[]> rogue(HttpRequest<byte[]> request) {
            byte[] body = "{\"result\":{\"resultStatus\":\"S\",\"resultCode\":\"SUCCESS\"}}".getBytes(StandardCharsets.UTF_8);
            String time = now();
            String signature = new RsaPayloadSigner(STRANGER.getPrivate()).sign("POST", "/v2/pos/rogue", CLIENT_ID, time, body);
            return HttpResponse.ok(body).header("Client-Id", CLIENT_ID).header("Response-Time", time).header("Signature", signature);
        }

        /** An answer whose Signature header is empty, as a careless peer might send. */
        @Post("/v2/pos/unsigned")
        HttpResponse<byte[]> unsigned(HttpRequest<byte[]> request) {
            byte[] body = "{\"result\":{\"resultStatus\":\"S\",\"resultCode\":\"SUCCESS\"}}".getBytes(StandardCharsets.UTF_8);
            return HttpResponse.ok(body).header("Signature", "");
        }
    }

    @Client("/")
    @Requires(property = "spec.name", value = SPEC)
    interface EchoClient {
        @Post(PATH)
        Map<String, Object> echo(@Body Map<String, Object> body);

        @Post("/v2/pos/rogue")
        Map<String, Object> rogue(@Body Map<String, Object> body);

        @Post("/v2/pos/unsigned")
        Map<String, Object> unsigned(@Body Map<String, Object> body);
    }
}
