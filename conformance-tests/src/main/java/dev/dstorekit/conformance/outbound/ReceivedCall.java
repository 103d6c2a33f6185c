package dev.dstorekit.conformance.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.conformance.client.Operation;
import dev.dstorekit.signature.Verification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One call the POS made to the embedded D-Store endpoint, what the endpoint found and what it answered.
 *
 * @param path           the request path as received
 * @param operation      the operation of that path, if it is one of the API's
 * @param headers        request headers (names in lower case)
 * @param body           the exact body bytes received
 * @param json           the body as JSON, or {@code null} when it is not JSON
 * @param receivedAt     when it arrived
 * @param signatureCheck the signature verified with the POS public key over the received bytes
 * @param signingProblem what was wrong with Client-Id, Request-Time or Signature, or {@code null}
 * @param schemaProblems what the spec's request schema says about the body
 * @param answerStatus   the resultStatus the endpoint answered (S, F or U)
 * @param answerCode     the resultCode the endpoint answered
 */
public record ReceivedCall(String path, Operation operation, Map<String, String> headers, byte[] body, JsonNode json,
                           Instant receivedAt, Verification signatureCheck, String signingProblem,
                           List<String> schemaProblems, String answerStatus, String answerCode) {

    public Optional<String> requestId() {
        return json != null && json.path("requestId").isTextual() ? Optional.of(json.path("requestId").asText()) : Optional.empty();
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** {@code notifyOrderChange ntf-1 (answered U)}. */
    public String describe() {
        return (operation == null ? "POST " + path : operation.id()) + " " + requestId().orElse("(no requestId)")
                + " answered " + answerStatus + "/" + answerCode;
    }
}
