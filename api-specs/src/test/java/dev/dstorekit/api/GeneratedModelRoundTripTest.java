package dev.dstorekit.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every spec example read into the generated model and written back comes out as the same JSON:
 * nothing lost, nothing renamed, no nulls added, enums by their wire value. This is what lets the
 * other modules trust the generated code to put exactly the spec's payloads on the wire.
 */
@MicronautTest(startApplication = false)
class GeneratedModelRoundTripTest {

    private static final java.util.Map<String, String> MODEL_PACKAGES = java.util.Map.of(
            "dstore-pos-api.yaml", "dev.dstorekit.api.pos.model.",
            "dstore-pds-api.yaml", "dev.dstorekit.api.pds.model.",
            "merchant-api.yaml", "dev.dstorekit.api.merchant.model.");

    @Inject
    JsonMapper jsonMapper;

    @TestFactory
    Stream<DynamicTest> everyExampleSurvivesTheGeneratedModelUnchanged() {
        List<DynamicTest> tests = new ArrayList<>();
        addAll(tests, SpecContractTest.POS, "dev.dstorekit.api.pos.model.");
        addAll(tests, SpecContractTest.PDS, "dev.dstorekit.api.pds.model.");
        addAll(tests, SpecContractTest.MERCHANT, "dev.dstorekit.api.merchant.model.");
        return tests.stream();
    }

    private void addAll(List<DynamicTest> tests, OpenApiDocument spec, String modelPackage) {
        for (SpecContractTest.MediaExample example : SpecContractTest.examples(spec)) {
            tests.add(DynamicTest.dynamicTest(example.label(), () -> {
                String pkg = example.schemaSpec() == spec ? modelPackage : MODEL_PACKAGES.get(example.schemaSpec().file);
                Class<?> type = Class.forName(pkg + example.schema());
                byte[] original = OpenApiDocument.JSON.writeValueAsBytes(example.value());
                Object model = jsonMapper.readValue(original, type);
                byte[] written = jsonMapper.writeValueAsBytes(model);
                JsonNode expected = OpenApiDocument.JSON.readTree(original);
                JsonNode actual = OpenApiDocument.JSON.readTree(written);
                assertEquals(expected, actual, example.label() + " via " + type.getSimpleName());
            }));
        }
    }
}
