package dev.dstorekit.simulator.pos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.signature.micronaut.SignatureHeaders;
import dev.dstorekit.simulator.spec.SchemaFinding;
import dev.dstorekit.simulator.spec.SpecOperation;
import dev.dstorekit.simulator.spec.SpecSchemas;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.ResponseFilter;

import java.io.IOException;
import java.util.List;

/**
 * Checks every answer of the POS as strictly as its request would be checked, over the bytes received and before
 * the signature filter verifies it: HTTP 200, a JSON body with {@code result}, the spec schema of the operation's
 * answer, and a Signature header. Each failure is raised as a {@link PosAnswerException} of its own kind, so a
 * report can say "500 without Result" rather than just "bad signature".
 */
@ClientFilter(serviceId = "pos")
public final class PosAnswerFilter implements Ordered {

    /** Response filters run in reverse order: a higher order than the signature filter (0) runs before it. */
    public static final int ORDER = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SpecSchemas specs;

    public PosAnswerFilter(SpecSchemas specs) {
        this.specs = specs;
    }

    @ResponseFilter
    public void check(HttpRequest<?> request, HttpResponse<?> response) {
        String path = request.getUri().getRawPath();
        if (response.code() != 200) {
            throw new PosAnswerException(PosFailure.Kind.NON_200, "HTTP " + response.code() + " from " + path);
        }
        byte[] bytes = response.getBody(byte[].class).orElse(new byte[0]);
        JsonNode json;
        try {
            json = bytes.length == 0 ? null : JSON.readTree(bytes);
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.path("result").isObject()) {
            throw new PosAnswerException(PosFailure.Kind.NO_RESULT, "HTTP 200 from " + path + " without a result object"
                    + (json == null ? " (body is not JSON)" : ""));
        }
        SpecOperation operation = specs.operation(path).orElse(null);
        if (operation != null && operation.responseSchema() != null) {
            List<SchemaFinding> findings = specs.validate(operation.spec(), operation.responseSchema(), json);
            if (!findings.isEmpty()) {
                throw new PosAnswerException(PosFailure.Kind.SCHEMA, operation.responseSchema() + ": " + SpecSchemas.describe(findings));
            }
        }
        if (response.getHeaders().get(SignatureHeaders.SIGNATURE) == null) {
            throw new PosAnswerException(PosFailure.Kind.UNSIGNED, "answer to " + path + " has no Signature header");
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
