package dev.dstorekit.conformance.pos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dstorekit.conformance.client.Operation;
import dev.dstorekit.conformance.spec.ApiSpec;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates each verified request against the spec's request schema before the controller binds it, so every
 * F/PARAM_ILLEGAL names the field by its JSON path — including type mismatches inside arrays, for which the
 * api-specs ResultAnswerFilter alone says only "request body does not match the schema".
 */
@ServerFilter("/v2/pos/**")
@Requires(property = TestPosConfig.PREFIX + ".client-id")
class TestPosValidation implements Ordered {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ApiSpec spec = ApiSpec.load();
    private final boolean lengthInUtf16Units;

    TestPosValidation(TestPosConfig config) {
        this.lengthInUtf16Units = config.has(Flaw.LENGTH_IN_UTF16_UNITS);
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> validate(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Operation operation = Operation.ofPath(request.getPath()).orElse(null);
        JsonNode json;
        try {
            json = body == null ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null; // not JSON: the ResultAnswerFilter answers F/PARAM_ILLEGAL
        }
        if (operation == null || json == null || !json.isObject()) {
            return null;
        }
        List<String> problems = spec.validate(operation.requestSchema(), lengthInUtf16Units ? utf16Units(json) : json);
        if (problems.isEmpty()) {
            return null;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("resultStatus", "F");
        result.put("resultCode", "PARAM_ILLEGAL");
        String message = problems.get(0).replaceFirst("^\\$\\.", "");
        result.put("resultMessage", message.length() > 256 ? message.substring(0, 255) + "…" : message);
        return HttpResponse.ok(Map.of("result", result));
    }

    /**
     * {@link Flaw#LENGTH_IN_UTF16_UNITS}: every string with each character beyond the BMP written as two, so the schema's
     * maxLength, which counts code points, counts UTF-16 units — as {@code String.length()} and a {@code @Size} do.
     */
    private static JsonNode utf16Units(JsonNode node) {
        if (node.isTextual()) {
            StringBuilder units = new StringBuilder();
            node.textValue().chars().forEach(unit -> units.append(Character.isSurrogate((char) unit) ? '?' : (char) unit));
            return TextNode.valueOf(units.toString());
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), utf16Units(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(utf16Units(element)));
            return copy;
        }
        return node;
    }

    @Override
    public int getOrder() {
        return 50; // after the signature check (0), before the ResultAnswerFilter (100)
    }
}
