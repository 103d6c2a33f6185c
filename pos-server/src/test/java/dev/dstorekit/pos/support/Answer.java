package dev.dstorekit.pos.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.RsaSignatureVerifier;
import dev.dstorekit.signature.Verification;
import dev.dstorekit.testsupport.TestKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An answer of the POS server as D-Store receives it: status, exact body bytes, headers. */
public record Answer(String path, int status, byte[] body, HttpHeaders headers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("answer is not JSON: " + text(), e);
        }
    }

    public String resultStatus() {
        return json().path("result").path("resultStatus").asText();
    }

    public String resultCode() {
        return json().path("result").path("resultCode").asText();
    }

    public String resultMessage() {
        return json().path("result").path("resultMessage").asText();
    }

    public String field(String name) {
        return json().path(name).asText(null);
    }

    /** HTTP 200 with the given result, signed by the POS key over the exact bytes received. */
    public Answer assertResult(String status, String code) {
        assertEquals(200, this.status, "HTTP status of " + text());
        assertEquals(status + "/" + code, resultStatus() + "/" + resultCode(), text());
        assertSignedByPos();
        return this;
    }

    public Answer assertSignedByPos() {
        String clientId = headers.firstValue("Client-Id").orElse(null);
        String time = headers.firstValue("Response-Time").orElse(null);
        assertEquals(PosServer.CLIENT_ID, clientId, "Client-Id of the answer");
        assertTrue(RequestTimes.withinTolerance(time, Instant.now(), Duration.ofSeconds(30)), "Response-Time " + time);
        Verification verification = new RsaSignatureVerifier(TestKeys.POS.getPublic())
                .verify("POST", path, clientId, time, body, headers.firstValue("Signature").orElse(null));
        assertTrue(verification.valid(), "answer signature: " + verification);
        return this;
    }
}
