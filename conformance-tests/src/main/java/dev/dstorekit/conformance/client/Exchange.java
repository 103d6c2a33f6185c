package dev.dstorekit.conformance.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One call and the POS's answer as received: status, headers and the exact body bytes (which is what the
 * answer's signature covers). A call that got no HTTP answer at all has status {@code -1} and a transport error.
 *
 * @param call           what was sent
 * @param status         HTTP status, or -1 when there was no answer
 * @param headers        answer headers, names matched case-insensitively
 * @param body           the exact answer bytes
 * @param elapsed        from sending to the last byte of the answer
 * @param transportError why there was no answer, or {@code null}
 */
public record Exchange(OutgoingCall call, int status, Map<String, String> headers, byte[] body, Duration elapsed,
                       String transportError) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 300;

    public Exchange {
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
        headers = caseInsensitive;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The answer as JSON, or empty when it is not a JSON object. */
    public Optional<JsonNode> json() {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The {@code result} object, or a missing node. */
    public JsonNode result() {
        return json().map(n -> n.path("result")).orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    public String resultStatus() {
        return result().path("resultStatus").asText(null);
    }

    public String resultCode() {
        return result().path("resultCode").asText(null);
    }

    public String resultMessage() {
        return result().path("resultMessage").asText("");
    }

    /** A field of the answer as text, or {@code null}. */
    public String field(String name) {
        return json().map(n -> n.path(name)).filter(JsonNode::isValueNode).map(JsonNode::asText).orElse(null);
    }

    /** {@code S/SUCCESS}, {@code HTTP 500}, {@code no answer (…)} — for failure messages. */
    public String outcome() {
        if (status < 0) {
            return "no answer (" + transportError + ")";
        }
        if (status != 200) {
            return "HTTP " + status + " " + abbreviate(text());
        }
        if (resultStatus() == null) {
            return "HTTP 200 without a result: " + abbreviate(text());
        }
        String message = resultMessage().isEmpty() ? "" : " (" + abbreviate(resultMessage()) + ")";
        return resultStatus() + "/" + resultCode() + message;
    }

    /** {@code createOrder → F/PARAM_ILLEGAL (…)}. */
    public String describe() {
        return call.operation().id() + " → " + outcome();
    }

    public boolean isResult(String status, String code) {
        return this.status == 200 && status.equals(resultStatus()) && (code == null || code.equals(resultCode()));
    }

    /** One line of at most {@value #SHOWN} code points; never a surrogate pair cut in half. */
    static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        if (oneLine.codePointCount(0, oneLine.length()) <= SHOWN) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, SHOWN)) + "…";
    }
}
