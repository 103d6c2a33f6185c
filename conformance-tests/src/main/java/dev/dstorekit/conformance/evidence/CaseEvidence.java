package dev.dstorekit.conformance.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.conformance.client.Exchange;
import dev.dstorekit.conformance.client.PosClient;
import dev.dstorekit.conformance.outbound.ReceivedCall;
import dev.dstorekit.signature.SignatureVerifier;
import dev.dstorekit.signature.Verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes what one case put on the wire and got back to {@code <evidence dir>/cases/<case>.json}: each call's exact
 * headers and body (as text and base64, the bytes the signatures cover), the answer, its timing, and the verification
 * of every signature with the public keys, made here again rather than taken from the case.
 */
public final class CaseEvidence {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String CASES = "cases";

    private CaseEvidence() {
    }

    /**
     * @param dir            the evidence directory
     * @param name           the case's file name, e.g. {@code OrderFlow.acceptedOrderCanBeInquired}
     * @param rule           the case's display name
     * @param verdict        PASSED, FAILED or SKIPPED
     * @param message        why it failed or was skipped, or {@code null}
     * @param inbound        the suite's calls to the POS during the case
     * @param outbound       the POS's calls to the embedded D-Store endpoint during the case
     * @param pos            the client of the run, for the URI each call was signed with
     * @param dstoreVerifier checks the suite's request signatures (D-Store's public key)
     * @param posVerifier    checks the POS's answer signatures (the POS's public key)
     */
    public static void write(Path dir, String name, String rule, String verdict, String message, List<Exchange> inbound,
                             List<ReceivedCall> outbound, PosClient pos, SignatureVerifier dstoreVerifier,
                             SignatureVerifier posVerifier) {
        ObjectNode root = JSON.createObjectNode();
        root.put("case", name);
        root.put("rule", rule);
        root.put("verdict", verdict);
        root.put("message", message);
        ArrayNode calls = root.putArray("callsToPos");
        for (Exchange exchange : inbound) {
            calls.add(inbound(exchange, pos, dstoreVerifier, posVerifier));
        }
        ArrayNode received = root.putArray("callsFromPos");
        for (ReceivedCall call : outbound) {
            received.add(outbound(call));
        }
        try {
            Path cases = Files.createDirectories(dir.resolve(CASES));
            JSON.writeValue(cases.resolve(name + ".json").toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode inbound(Exchange exchange, PosClient pos, SignatureVerifier dstoreVerifier,
                                      SignatureVerifier posVerifier) {
        ObjectNode node = JSON.createObjectNode();
        String uri = pos.signedUri(exchange.call().operation());
        Map<String, String> requestHeaders = exchange.call().headers();
        node.put("operation", exchange.call().operation().id());
        node.put("method", "POST");
        node.put("uri", uri);
        ObjectNode request = node.putObject("request");
        request.set("headers", JSON.valueToTree(requestHeaders));
        request.put("body", exchange.call().bodyText());
        request.put("bodyBase64", Base64.getEncoder().encodeToString(exchange.call().body()));
        request.set("signatureVerification", verification(dstoreVerifier.verify("POST", uri,
                requestHeaders.get("Client-Id"), requestHeaders.get("Request-Time"), exchange.call().body(),
                requestHeaders.get("Signature"))));
        ObjectNode answer = node.putObject("answer");
        answer.put("status", exchange.status());
        answer.put("transportError", exchange.transportError());
        answer.set("headers", JSON.valueToTree(exchange.headers()));
        answer.put("body", exchange.text());
        answer.put("bodyBase64", Base64.getEncoder().encodeToString(exchange.body()));
        answer.put("elapsedMillis", exchange.elapsed().toNanos() / 1_000_000.0);
        if (exchange.header("Signature").isPresent()) {
            answer.set("signatureVerification", verification(posVerifier.verify("POST", uri,
                    exchange.header("Client-Id").orElse(requestHeaders.get("Client-Id")),
                    exchange.header("Response-Time").orElse(null), exchange.body(), exchange.header("Signature").get())));
        } else {
            answer.put("signatureVerification", "unsigned");
        }
        return node;
    }

    private static ObjectNode outbound(ReceivedCall call) {
        ObjectNode node = JSON.createObjectNode();
        node.put("operation", call.operation() == null ? null : call.operation().id());
        node.put("method", "POST");
        node.put("uri", call.path());
        node.put("receivedAt", call.receivedAt().toString());
        ObjectNode request = node.putObject("request");
        request.set("headers", JSON.valueToTree(call.headers()));
        request.put("body", call.text());
        request.put("bodyBase64", Base64.getEncoder().encodeToString(call.body()));
        request.set("signatureVerification", verification(call.signatureCheck()));
        ObjectNode answer = node.putObject("answer");
        answer.put("resultStatus", call.answerStatus());
        answer.put("resultCode", call.answerCode());
        return node;
    }

    private static ObjectNode verification(Verification verification) {
        ObjectNode node = JSON.createObjectNode();
        if (verification == null) {
            node.put("valid", false);
            node.put("detail", "not checked");
            return node;
        }
        node.put("valid", verification.valid());
        if (!verification.valid()) {
            node.put("failure", String.valueOf(verification.failure()));
            node.put("detail", verification.detail());
        }
        return node;
    }
}
