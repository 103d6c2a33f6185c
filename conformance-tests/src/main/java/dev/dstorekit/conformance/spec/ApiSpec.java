package dev.dstorekit.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import dev.dstorekit.api.schema.OpenApiSpec;
import dev.dstorekit.conformance.client.Operation;

import java.util.ArrayList;
import java.util.List;

/**
 * The POS API contract as shipped in api-specs ({@code classpath:openapi/dstore-pos-api.yaml}): validation against
 * its component schemas (the contract's {@link OpenApiSpec}), the schemas themselves for deriving invalid requests,
 * and each operation's documented result codes ({@code x-dstore-result-codes}).
 */
public final class ApiSpec {

    public static final String FILE = "openapi/dstore-pos-api.yaml";
    private static final String COMPONENT = OpenApiSpec.COMPONENTS;

    private final OpenApiSpec spec;
    private final JsonNode root;

    private ApiSpec(OpenApiSpec spec) {
        this.spec = spec;
        this.root = spec.root();
    }

    public static ApiSpec load() {
        return new ApiSpec(OpenApiSpec.read("dstore-pos-api.yaml"));
    }

    /** Problems of {@code value} against {@code #/components/schemas/<schemaName>}, each naming the path; empty when valid. */
    public List<String> validate(String schemaName, JsonNode value) {
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : spec.validate(schemaName, value)) {
            problems.add(message.getMessage());
        }
        problems.sort(null);
        return problems;
    }

    /** The component schema {@code name} as written in the spec. */
    public JsonNode schema(String name) {
        JsonNode schema = spec.componentSchema(name);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("no component schema " + name + " in " + FILE);
        }
        return schema;
    }

    /** Follows a {@code $ref} to its component; returns other schemas unchanged. */
    public JsonNode resolve(JsonNode schema) {
        String ref = refName(schema);
        return ref == null ? schema : resolve(schema(ref));
    }

    /**
     * {@code Amount} for {@code {$ref: '#/components/schemas/Amount'}}, or for the one-element {@code allOf} a property
     * wraps it in to add its own description ({@code $ref} takes no siblings); else {@code null}.
     */
    public static String refName(JsonNode schema) {
        JsonNode target = schema.path("allOf").size() == 1 ? schema.path("allOf").get(0) : schema;
        String ref = target.path("$ref").asText("");
        return ref.startsWith(COMPONENT) ? ref.substring(COMPONENT.length()) : null;
    }

    /** The operation's {@code x-dstore-result-codes}. */
    public List<ResultCode> resultCodes(Operation operation) {
        JsonNode post = root.path("paths").path(operation.path()).path("post");
        List<ResultCode> codes = new ArrayList<>();
        for (JsonNode code : post.path("x-dstore-result-codes")) {
            codes.add(new ResultCode(code.path("status").asText(), code.path("code").asText(),
                    code.path("retry").asBoolean(), code.path("meaning").asText()));
        }
        return codes;
    }

    /** One documented result of an operation. */
    public record ResultCode(String status, String code, boolean retry, String meaning) {
    }
}
