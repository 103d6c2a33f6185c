package dev.dstorekit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The specs are the contract every module and every POS team builds on, so they are tested like code:
 * every example validates against its schema (ruleData decoded too), every operation lists its result
 * codes — and each checker is shown to catch a deliberately broken spec. Whether D-Store documents each
 * property is {@link EvidenceAuditTest}'s to check.
 */
class SpecContractTest {

    static final OpenApiDocument POS = OpenApiDocument.load("dstore-pos-api.yaml");
    static final OpenApiDocument PDS = OpenApiDocument.load("dstore-pds-api.yaml");
    static final OpenApiDocument MERCHANT = OpenApiDocument.load("merchant-api.yaml");
    /** D-Store's own API: evidence tags, result codes and signature headers apply. */
    static final List<OpenApiDocument> SPECS = List.of(POS, PDS);
    /** Every spec we ship, including our merchant API. */
    static final List<OpenApiDocument> ALL_SPECS = List.of(POS, PDS, MERCHANT);

    @Test
    void allSevenOperationsAreSpecifiedUnderTheirGatewayTag() {
        Map<String, String> expected = new TreeMap<>(Map.of(
                "createOrder", "POST /v2/pos/createOrder PosGateway",
                "inquireOrderDetail", "POST /v2/pos/inquireOrderDetail PosGateway",
                "pushOrderChange", "POST /v2/pos/pushOrderChange PosGateway",
                "syncProduct", "POST /v2/pos/syncProduct DStoreGateway",
                "notifyOrderChange", "POST /v2/pos/notifyOrderChange DStoreGateway",
                "syncStore", "POST /v2/pos/syncStore DStoreGateway",
                "addStore", "POST /v2/pds/store/addStore PdsGateway"));
        Map<String, String> actual = new TreeMap<>();
        for (OpenApiDocument spec : SPECS) {
            assertEquals("3.0.3", spec.root.path("openapi").asText(), spec.file);
            for (OpenApiDocument.Operation op : spec.operations()) {
                JsonNode tags = op.node().path("tags");
                assertEquals(1, tags.size(), op.id() + " must have exactly one tag (one generated interface per tag)");
                actual.put(op.id(), op.method().toUpperCase() + " " + op.path() + " " + tags.get(0).asText());
            }
        }
        assertEquals(expected, actual);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleValidatesAgainstItsSchema() {
        List<DynamicTest> tests = new ArrayList<>();
        for (OpenApiDocument spec : ALL_SPECS) {
            for (MediaExample example : examples(spec)) {
                tests.add(DynamicTest.dynamicTest(example.label(), () -> {
                    List<String> errors = example.schemaSpec().validate(example.schema(), example.value());
                    assertTrue(errors.isEmpty(), example.label() + " does not validate against " + example.schema() + ": " + errors);
                    List<String> ruleErrors = ruleDataErrors(PDS, example.value());
                    assertTrue(ruleErrors.isEmpty(), example.label() + ": " + ruleErrors);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyOperationHasRequestAndResponseExamples() {
        for (OpenApiDocument spec : ALL_SPECS) {
            for (OpenApiDocument.Operation op : spec.operations()) {
                List<MediaExample> mine = examples(spec).stream().filter(e -> e.operationId().equals(op.id())).toList();
                boolean hasBody = op.node().has("requestBody");
                assertTrue(!hasBody || mine.stream().anyMatch(e -> e.direction().equals("request")), op.id() + " has no request example");
                assertTrue(mine.stream().anyMatch(e -> e.direction().equals("response")), op.id() + " has no response example");
            }
        }
    }

    @Test
    void exampleValidationCatchesBrokenExamples() {
        MediaExample create = examples(POS).stream()
                .filter(e -> e.operationId().equals("createOrder") && e.direction().equals("request"))
                .findFirst().orElseThrow();
        ObjectNode missingKey = create.value().deepCopy();
        missingKey.remove("requestOrderId");
        assertFalse(POS.validate(create.schema(), missingKey).isEmpty(), "a missing required field must be caught");

        ObjectNode badEnum = create.value().deepCopy();
        badEnum.put("serviceType", "TAKEAWAY");
        assertFalse(POS.validate(create.schema(), badEnum).isEmpty(), "a value outside the enum must be caught");

        ObjectNode negativeAmount = create.value().deepCopy();
        ((ObjectNode) negativeAmount.path("orderAmount")).put("value", -1);
        assertFalse(POS.validate(create.schema(), negativeAmount).isEmpty(), "a negative amount must be caught");

        ObjectNode badTime = create.value().deepCopy();
        badTime.put("expectFulfillmentTime", "tomorrow at noon");
        assertFalse(POS.validate(create.schema(), badTime).isEmpty(), "a malformed date-time must be caught");

        ObjectNode unknownField = create.value().deepCopy();
        unknownField.put("someFieldFromTheFuture", "x");
        assertTrue(POS.validate(create.schema(), unknownField).isEmpty(), "unknown fields are tolerated");
    }

    @TestFactory
    Stream<DynamicTest> everyOperationListsItsResultCodes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (OpenApiDocument spec : SPECS) {
            for (OpenApiDocument.Operation op : spec.operations()) {
                tests.add(DynamicTest.dynamicTest(op.id(), () -> {
                    JsonNode codes = op.node().path("x-dstore-result-codes");
                    assertTrue(codes.isArray() && codes.size() >= 4, op.id() + " lists too few result codes");
                    Set<String> seen = new java.util.HashSet<>();
                    for (JsonNode code : codes) {
                        String status = code.path("status").asText();
                        assertTrue(Set.of("S", "F", "U", "A").contains(status), op.id() + ": bad status in " + code);
                        assertFalse(code.path("code").asText().isBlank(), op.id() + ": code missing in " + code);
                        assertTrue(code.path("retry").isBoolean(), op.id() + ": retry must be true/false in " + code);
                        assertFalse(code.path("meaning").asText().isBlank(), op.id() + ": meaning missing in " + code);
                        seen.add(status + "/" + code.path("code").asText());
                    }
                    assertTrue(seen.contains("S/SUCCESS"), op.id() + " must list S/SUCCESS");
                    assertTrue(seen.contains("F/INVALID_SIGNATURE"), op.id() + " must list F/INVALID_SIGNATURE");
                    assertTrue(seen.contains("F/PARAM_ILLEGAL"), op.id() + " must list F/PARAM_ILLEGAL");
                    assertTrue(seen.contains("U/UNKNOWN_EXCEPTION"), op.id() + " must list U/UNKNOWN_EXCEPTION");
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyCallRequiresAllThreeSignatureHeadersAndEveryAnswerDeclaresThem() {
        for (OpenApiDocument spec : SPECS) {
            JsonNode schemes = spec.root.path("components").path("securitySchemes");
            assertEquals("Client-Id", schemes.path("ClientId").path("name").asText(), spec.file);
            assertEquals("Request-Time", schemes.path("RequestTime").path("name").asText(), spec.file);
            assertEquals("Signature", schemes.path("Signature").path("name").asText(), spec.file);
            JsonNode security = spec.root.path("security");
            assertEquals(1, security.size(), spec.file + ": one requirement naming all three headers together");
            assertEquals(Set.of("ClientId", "RequestTime", "Signature"), fieldNames(security.get(0)), spec.file);
            for (OpenApiDocument.Operation op : spec.operations()) {
                JsonNode headers = resolve(spec, op.node().path("responses").path("200")).path("headers");
                Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
                names.addAll(fieldNames(headers));
                assertTrue(names.containsAll(Set.of("Client-Id", "Response-Time", "Signature")),
                        op.id() + " answer must declare Client-Id, Response-Time and Signature, has " + names);
            }
        }
    }

    @Test
    void documentedAddStoreSampleValidatesVerbatim() throws IOException {
        JsonNode sample = OpenApiDocument.JSON.readTree(resource("samples/pds-addStore-sample-request.json"));
        assertEquals(List.of(), PDS.validate("AddStoreRequest", sample));
        assertEquals(List.of(), ruleDataErrors(PDS, sample));
        JsonNode response = OpenApiDocument.JSON.readTree(resource("samples/pds-addStore-sample-response.json"));
        assertEquals(List.of(), PDS.validate("AddStoreResponse", response));
        MediaExample inSpec = examples(PDS).stream().filter(e -> e.label().contains("documentedSample")
                && e.direction().equals("request")).findFirst().orElseThrow();
        assertEquals(sample, inSpec.value(), "the spec's documentedSample example must be the source page's sample");
    }

    @TestFactory
    Stream<DynamicTest> documentedBusinessRulesDecodeToTheirSceneSchemas() {
        JsonNode mapping = PDS.root.path("components").path("schemas").path("BusinessRule").path("x-dstore-rule-data-schemas");
        assertEquals(6, mapping.size(), "six documented scenes");
        return fieldNames(mapping).stream().map(scene -> DynamicTest.dynamicTest(scene, () -> {
            JsonNode excerpt = OpenApiDocument.JSON.readTree(resource("samples/businessRule-" + scene + ".json"));
            JsonNode rules = excerpt.path("businessRule");
            assertEquals(1, rules.size());
            assertEquals(scene, rules.get(0).path("scene").asText());
            assertEquals(List.of(), PDS.validate("BusinessRule", rules.get(0)));
            assertEquals(List.of(), ruleDataErrors(PDS, excerpt));
        }));
    }

    @Test
    void ruleDataCheckCatchesAMalformedRule() {
        ObjectNode rule = OpenApiDocument.JSON.createObjectNode();
        rule.put("scene", "DINE_IN_ORDER");
        rule.put("ruleData", "{\"isTableNoRequired\": \"sometimes\"}");
        assertFalse(ruleDataErrors(PDS, rule).isEmpty(), "a wrongly typed decoded field must be caught");
        rule.put("ruleData", "{not json");
        assertFalse(ruleDataErrors(PDS, rule).isEmpty(), "ruleData that is not JSON must be caught");
        rule.put("scene", "NO_SUCH_SCENE");
        assertFalse(ruleDataErrors(PDS, rule).isEmpty(), "an unknown scene must be caught");
    }

    // --- helpers -------------------------------------------------------------------------------

    /** One example of one media type; {@code schemaSpec} holds its schema (another spec for an external $ref). */
    record MediaExample(String operationId, String direction, String name, OpenApiDocument schemaSpec, String schema, JsonNode value) {
        String label() {
            return operationId + " " + direction + " " + name;
        }
    }

    static List<MediaExample> examples(OpenApiDocument spec) {
        List<MediaExample> all = new ArrayList<>();
        for (OpenApiDocument.Operation op : spec.operations()) {
            collect(spec, op.id(), "request", resolve(spec, op.node().path("requestBody")), all);
            for (Iterator<Map.Entry<String, JsonNode>> it = op.node().path("responses").fields(); it.hasNext(); ) {
                collect(spec, op.id(), "response", resolve(spec, it.next().getValue()), all);
            }
        }
        return all;
    }

    private static void collect(OpenApiDocument spec, String operationId, String direction, JsonNode body,
                                List<MediaExample> into) {
        JsonNode media = body.path("content").path("application/json");
        if (media.isMissingNode()) {
            media = body.path("content").path("application/problem+json");
        }
        if (media.isMissingNode()) {
            return;
        }
        String schema = OpenApiDocument.refName(media.path("schema"));
        OpenApiDocument schemaSpec = OpenApiDocument.refFile(media.path("schema")).map(OpenApiDocument::load).orElse(spec);
        if (media.has("example")) {
            into.add(new MediaExample(operationId, direction, "example", schemaSpec, schema, media.get("example")));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = media.path("examples").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> example = it.next();
            JsonNode value = resolve(spec, example.getValue()).path("value");
            into.add(new MediaExample(operationId, direction, example.getKey(), schemaSpec, schema, value));
        }
    }

    /** Follows a local {@code $ref} (responses, requestBodies, examples, headers) once. */
    static JsonNode resolve(OpenApiDocument spec, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        return spec.root.at(ref.substring(1));
    }

    /** Decodes every {@code ruleData} found next to a {@code scene} and validates it against that scene's schema. */
    static List<String> ruleDataErrors(OpenApiDocument spec, JsonNode value) {
        JsonNode mapping = spec.root.path("components").path("schemas").path("BusinessRule").path("x-dstore-rule-data-schemas");
        List<String> errors = new ArrayList<>();
        walk(value, node -> {
            if (node.isObject() && node.path("scene").isTextual() && node.has("ruleData")) {
                String scene = node.path("scene").asText();
                String schema = mapping.path(scene).asText(null);
                if (schema == null) {
                    errors.add("scene " + scene + " has no ruleData schema");
                    return;
                }
                try {
                    JsonNode decoded = OpenApiDocument.JSON.readTree(node.path("ruleData").asText());
                    spec.validate(schema, decoded).forEach(e -> errors.add(scene + " ruleData: " + e));
                } catch (IOException e) {
                    errors.add(scene + " ruleData is not JSON: " + e.getMessage());
                }
            }
        });
        return errors;
    }

    private static void walk(JsonNode node, java.util.function.Consumer<JsonNode> visitor) {
        visitor.accept(node);
        node.elements().forEachRemaining(child -> walk(child, visitor));
    }

    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String resource(String path) throws IOException {
        try (InputStream in = SpecContractTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path + " missing from test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
