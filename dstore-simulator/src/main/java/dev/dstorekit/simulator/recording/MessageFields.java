package dev.dstorekit.simulator.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;

/**
 * The fields of a message body the journal files it under. Read leniently from the bytes: a body that is not JSON
 * (or lacks a field) simply has no such field.
 */
record MessageFields(JsonNode json) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static MessageFields of(@Nullable byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new MessageFields(JSON.missingNode());
        }
        try {
            JsonNode json = JSON.readTree(bytes);
            return new MessageFields(json == null ? JSON.missingNode() : json);
        } catch (IOException e) {
            return new MessageFields(JSON.missingNode());
        }
    }

    @Nullable
    String requestOrderId() {
        return text(json.path("requestOrderId"));
    }

    /** createOrder is idempotent on its requestOrderId, every other operation on its requestId. */
    @Nullable
    String idempotencyKey(String operation) {
        return "createOrder".equals(operation) ? requestOrderId() : text(json.path("requestId"));
    }

    /** {@code posAccountId/posStoreId}, or the pds {@code storeId} as sent; null when the body names no store. */
    @Nullable
    String storeKey() {
        String pdsStoreId = text(json.path("store").path("storeInfo").path("storeId"));
        if (pdsStoreId != null) {
            return pdsStoreId;
        }
        String account = text(json.path("posAccountId"));
        String store = text(json.path("posStoreId"));
        if (store == null) {
            store = text(json.path("store").path("posStoreId"));
        }
        return account == null || store == null ? null : account + "/" + store;
    }

    @Nullable
    String resultStatus() {
        return text(json.path("result").path("resultStatus"));
    }

    @Nullable
    String resultCode() {
        return text(json.path("result").path("resultCode"));
    }

    @Nullable
    String resultMessage() {
        return text(json.path("result").path("resultMessage"));
    }

    @Nullable
    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
