package dev.dstorekit.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import dev.dstorekit.conformance.client.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The POS API contract as shipped in api-specs ({@code classpath:openapi/dstore-pos-api.yaml}): JSON Schema
 * validation against its component schemas (OpenAPI 3.0 dialect, formats asserted), the schemas themselves for
 * deriving invalid requests, and each operation's documented result codes ({@code x-dstore-result-codes}).
 */
public final class ApiSpec {

    public static final String FILE = "openapi/dstore-pos-api.yaml";
    private static final String COMPONENT = "#/components/schemas/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OpenApi30.getInstance())
                    .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private final JsonNode root;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private ApiSpec(JsonNode root) {
        this.root = root;
    }

    public static ApiSpec load() {
        try (InputStream in = ApiSpec.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the classpath (it comes with the api-specs jar)");
            }
            return new ApiSpec(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems of {@code value} against {@code #/components/schemas/<schemaName>}, each naming the path; empty when valid. */
    public List<String> validate(String schemaName, JsonNode value) {
        JsonSchema schema = schemas.computeIfAbsent(schemaName, name -> FACTORY.getSchema(
                SchemaLocation.of("classpath:" + FILE + COMPONENT + name), CONFIG));
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(value)) {
            problems.add(message.getMessage());
        }
        problems.sort(null);
        return problems;
    }

    /** The component schema {@code name} as written in the spec. */
    public JsonNode schema(String name) {
        JsonNode schema = root.path("components").path("schemas").path(name);
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
