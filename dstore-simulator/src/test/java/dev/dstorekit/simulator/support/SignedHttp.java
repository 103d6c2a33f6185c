package dev.dstorekit.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.signature.RsaSignatureVerifier;
import dev.dstorekit.signature.Verification;
import dev.dstorekit.testsupport.TestKeys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * Raw signed calls with java.net.http, as a POS written on any stack would make them: the body is signed exactly as
 * sent, and the answer's signature is checked with an independent verifier.
 */
public final class SignedHttp {

    /** An answer: HTTP status, raw body, parsed JSON and whether its signature verified under D-Store's key. */
    public record Answer(int status, String body, JsonNode json, Verification signature) {
        public String resultStatus() {
            return json.path("result").path("resultStatus").asText();
        }

        public String resultCode() {
            return json.path("result").path("resultCode").asText();
        }

        public String resultMessage() {
            return json.path("result").path("resultMessage").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final KeyPair signingKey;
    private final KeyPair answerKey;

    /** Signs as the POS and checks answers with D-Store's key. */
    public static SignedHttp asPos(URI base) {
        return new SignedHttp(base, TestKeys.POS, TestKeys.DSTORE);
    }

    public SignedHttp(URI base, KeyPair signingKey, KeyPair answerKey) {
        this.base = base;
        this.signingKey = signingKey;
        this.answerKey = answerKey;
    }

    public Answer post(String path, String body) {
        return post(path, body.getBytes(StandardCharsets.UTF_8), TestSignature.CLIENT_ID, signingKey);
    }

    public Answer post(String path, byte[] body, String clientId, KeyPair key) {
        String time = RequestTimes.now(Clock.system(ZoneOffset.ofHours(8)));
        String signature = new RsaPayloadSigner(key.getPrivate()).sign("POST", path, clientId, time, body);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Client-Id", clientId)
                .header("Request-Time", time)
                .header("Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return send(path, request);
    }

    /** A request without any signature headers. */
    public Answer postUnsigned(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(path, request);
    }

    private Answer send(String path, HttpRequest request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            String text = new String(bytes, StandardCharsets.UTF_8);
            Verification verification = new RsaSignatureVerifier(answerKey.getPublic()).verify("POST", path,
                    response.headers().firstValue("Client-Id").orElse(""),
                    response.headers().firstValue("Response-Time").orElse(""), bytes,
                    response.headers().firstValue("Signature").orElse(null));
            JsonNode json = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            return new Answer(response.statusCode(), text, json, verification);
        } catch (IOException e) {
            throw new IllegalStateException("call to " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
