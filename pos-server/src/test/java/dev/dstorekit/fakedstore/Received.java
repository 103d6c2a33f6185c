package dev.dstorekit.fakedstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One call as it reached the fake, after its signature verified: the exact bytes and signing headers, and what the
 * fake answered.
 *
 * @param path      e.g. /v2/pos/notifyOrderChange
 * @param subject   requestOrderId (notifyOrderChange), posStoreId (syncProduct) or storeId (addStore)
 * @param requestId the idempotency key
 */
public record Received(String path, String subject, String requestId, byte[] body, String clientId,
                       String requestTime, String signature, Instant at, Reply reply) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return path + " " + requestId + " → " + reply.status() + "/" + reply.code() + " " + text();
    }
}
