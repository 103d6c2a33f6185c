package dev.dstorekit.pos.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A merchant terminal calling the merchant API with its bearer token (or none, when {@code token} is null). */
public record Merchant(PosServer server, String token) {

    /** Test-only tokens, as long as pos-server demands (32 characters or more). */
    public static final String TOKEN = "test-only-merchant-token-1-0123456789abcdef";
    public static final String OTHER_TOKEN = "test-only-merchant-token-2-0123456789abcdef";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json);
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    /** Moves the order to {@code status}; the answer must be 200. */
    public JsonNode status(String posOrderId, String status) {
        return post("/merchant/v1/orders/" + posOrderId + "/status", "{\"status\":\"" + status + "\"}")
                .expect(200).json();
    }

    public Reply send(String method, String path, String json) {
        return send(method, path, json, token == null ? null : "Bearer " + token);
    }

    /** @param authorization the Authorization header as sent, or null for none */
    public Reply send(String method, String path, String json, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(method + " " + path, response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer of the merchant API. */
    public record Reply(String call, int status, String body, HttpHeaders headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(call + " answered no JSON: " + body, e);
            }
        }

        public Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError(call + ": expected HTTP " + expected + " but got " + status + " " + body);
            }
            return this;
        }

        /** The answer must be an {@code application/problem+json} with this status. */
        public JsonNode problem(int expected) {
            expect(expected);
            String type = headers.firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                throw new AssertionError(call + ": content type " + type + " is not application/problem+json");
            }
            JsonNode problem = json();
            if (problem.path("status").asInt() != expected) {
                throw new AssertionError(call + ": problem status " + problem + " is not " + expected);
            }
            return problem;
        }
    }
}
