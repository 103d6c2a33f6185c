package dev.dstorekit.simulator.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.api.answer.ResultAnswer;
import dev.dstorekit.signature.micronaut.SignatureServerFilter;
import dev.dstorekit.simulator.recording.MessageFacts;
import dev.dstorekit.simulator.spec.SchemaFinding;
import dev.dstorekit.simulator.spec.SpecOperation;
import dev.dstorekit.simulator.spec.SpecSchemas;
import dev.dstorekit.simulator.violation.ViolationKind;
import dev.dstorekit.simulator.violation.ViolationLog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Validates every inbound POS call against the spec schema of its operation before any controller runs, over the
 * bytes received: a body that is not JSON or breaks the schema is answered F/PARAM_ILLEGAL naming the field and
 * recorded as a violation. Runs after signature verification, so unsigned calls never get this far.
 */
@ServerFilter(patterns = {SignatureServerFilter.POS_API, SignatureServerFilter.PDS_API})
public final class InboundBodyFilter implements Ordered {

    /** Inside the signature filter (0) and the fault injection (20), before the controllers. */
    public static final int ORDER = 50;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> INQUIRY_ONLY_STATUSES = Set.of("ORDER_SUCCESS", "ORDER_FAIL");

    private final SpecSchemas specs;
    private final ViolationLog violations;

    public InboundBodyFilter(SpecSchemas specs, ViolationLog violations) {
        this.specs = specs;
        this.violations = violations;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request, @Nullable @Body byte[] body) {
        SpecOperation operation = specs.operation(request.getPath()).orElse(null);
        if (operation == null) {
            return null; // no such API: the router answers 404, turned into F/INVALID_API
        }
        byte[] bytes = body == null ? new byte[0] : body;
        JsonNode json;
        try {
            json = bytes.length == 0 ? null : JSON.readTree(bytes);
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            MessageFacts.of(request).ifPresent(facts -> facts.schemaProblem("request body is not a JSON object"));
            violations.record(ViolationKind.SCHEMA_VIOLATION, null, operation.operationId(), "request body is not a JSON object");
            return answer(ResultAnswer.paramIllegal("request body is not valid JSON"));
        }
        String requestOrderId = json.path("requestOrderId").isTextual() ? json.path("requestOrderId").asText() : null;
        if ("notifyOrderChange".equals(operation.operationId())
                && INQUIRY_ONLY_STATUSES.contains(json.path("orderStatus").asText())) {
            String message = "orderStatus: " + json.path("orderStatus").asText()
                    + " is not allowed in notifyOrderChange; only inquireOrderDetail answers may carry ORDER_SUCCESS and ORDER_FAIL";
            violations.record(ViolationKind.FORBIDDEN_STATUS_IN_NOTIFY, requestOrderId, operation.operationId(),
                    "requestId " + json.path("requestId").asText() + ": " + message);
            return answer(ResultAnswer.paramIllegal(message));
        }
        List<SchemaFinding> findings = specs.validate(operation.spec(), operation.requestSchema(), json);
        if (!findings.isEmpty()) {
            String message = SpecSchemas.describe(findings);
            MessageFacts.of(request).ifPresent(facts -> facts.schemaProblem(message));
            violations.record(ViolationKind.SCHEMA_VIOLATION, requestOrderId, operation.operationId(),
                    operation.requestSchema() + ": " + message);
            return answer(ResultAnswer.paramIllegal(message));
        }
        request.setAttribute(InboundBody.ATTRIBUTE, new InboundBody(operation, bytes, json));
        return null;
    }

    private static HttpResponse<?> answer(ResultAnswer answer) {
        return HttpResponse.ok(answer.asBody());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
