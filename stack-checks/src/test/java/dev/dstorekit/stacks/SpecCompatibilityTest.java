package dev.dstorekit.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dstorekit.stacks.SpecGate.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each spec against its last released version ({@code api-specs/released/}): a breaking change fails the build unless
 * the spec's major version moved, and every comparison leaves a changelog in {@code target/spec-changelog/}. The
 * deliberate breaks below show the gate catching what it must.
 */
class SpecCompatibilityTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path RELEASED = StackPaths.repository().resolve("api-specs/released");
    private static final Path CHANGELOGS = StackPaths.module().resolve("target/spec-changelog");
    private static final String POS = "dstore-pos-api.yaml";

    @ParameterizedTest
    @ValueSource(strings = {"dstore-pos-api.yaml", "dstore-pds-api.yaml", "merchant-api.yaml"})
    void specBreaksNothingReleasedUnlessItsMajorVersionMoved(String spec) throws IOException {
        Verdict verdict = SpecGate.check(spec, RELEASED.resolve(spec), StackPaths.specs().resolve(spec));
        Path changelog = Changelog.write(verdict, CHANGELOGS);
        System.out.println("spec compatibility: " + verdict.summary());
        assertTrue(verdict.passes(), verdict.summary() + ":\n" + String.join("\n", verdict.breaking())
                + "\n(" + changelog + "; README, 'Versions of the specs', says what to do)");
    }

    @Test
    void removingARequiredFieldOfAnAnswerFailsTheGate(@TempDir Path dir) throws IOException {
        Verdict verdict = changedPos(dir, SpecCompatibilityTest::removeTheCreateOrderAnswersResult);
        assertFalse(verdict.passes(), verdict.summary());
        assertTrue(verdict.breaking().stream().anyMatch(line -> line.contains("createOrder response 200")
                && line.contains("result") && line.endsWith("(breaks callers)")), verdict.breaking().toString());
    }

    @Test
    void anEnumValueAddedToARequestFailsTheGate(@TempDir Path dir) throws IOException {
        Verdict verdict = changedPos(dir, spec -> ((ArrayNode) schema(spec, "OrderChannel").path("enum")).add("SHOPEEFOOD"));
        assertFalse(verdict.passes(), verdict.summary());
        assertTrue(verdict.breaking().stream().anyMatch(line -> line.contains("createOrder request")
                && line.contains("enum values added [SHOPEEFOOD]") && line.endsWith("(breaks servers)")), verdict.breaking().toString());
    }

    @Test
    void aNewRequiredRequestFieldFailsTheGate(@TempDir Path dir) throws IOException {
        Verdict verdict = changedPos(dir, spec -> {
            ObjectNode request = schema(spec, "CreateOrderRequest");
            ((ObjectNode) request.path("properties")).putObject("loyaltyTier").put("type", "string");
            ((ArrayNode) request.path("required")).add("loyaltyTier");
        });
        assertFalse(verdict.passes(), verdict.summary());
        assertTrue(verdict.breaking().stream().anyMatch(line -> line.contains("now required [loyaltyTier]")), verdict.breaking().toString());
    }

    @Test
    void aBreakingChangePassesOnceTheMajorVersionMoves(@TempDir Path dir) throws IOException {
        Verdict verdict = changedPos(dir, spec -> {
            removeTheCreateOrderAnswersResult(spec);
            ((ObjectNode) spec.path("info")).put("version", "3.0.0");
        });
        assertFalse(verdict.breaking().isEmpty());
        assertTrue(verdict.passes(), verdict.summary());
    }

    @Test
    void anOptionalFieldAddedToAnAnswerIsCompatible(@TempDir Path dir) throws IOException {
        Verdict verdict = changedPos(dir, spec -> ((ObjectNode) schema(spec, "CreateOrderResponse").path("properties"))
                .putObject("estimatedReadyTime").put("type", "string").put("format", "date-time"));
        assertEquals(List.of(), verdict.breaking());
        assertTrue(verdict.passes(), verdict.summary());
    }

    @Test
    void aReferenceWrappedInAllOfWithItsOwnDescriptionIsCompatible(@TempDir Path dir) throws IOException {
        ObjectNode plain = currentPos();
        ObjectNode wrapped = plain.deepCopy();
        ObjectNode property = orderChannel(plain);
        String ref = property.has("$ref") ? property.path("$ref").asText() : property.path("allOf").path(0).path("$ref").asText();
        property.removeAll().put("$ref", ref);
        orderChannel(wrapped).removeAll().put("description", "Where the order was placed.").putArray("allOf").addObject().put("$ref", ref);
        Verdict verdict = compare(dir, plain, wrapped);
        assertEquals(List.of(), verdict.breaking());
    }

    @Test
    void aNotRuleAddedToARequestFailsTheGate(@TempDir Path dir) throws IOException {
        Verdict verdict = changedPos(dir, spec -> schema(spec, "CreateOrderRequest").putObject("not")
                .put("description", "no customer on a pickup order").putArray("required").add("customer"));
        assertFalse(verdict.passes(), verdict.summary());
        assertEquals(List.of("CreateOrderRequest: `not` rule added, refusing requests the released version accepted "
                + "(breaks callers)"), verdict.breaking());
    }

    @Test
    void aNotRuleAddedToAnAnswerIsCompatible(@TempDir Path dir) throws IOException {
        Verdict verdict = changedPos(dir, spec -> schema(spec, "CreateOrderResponse").putObject("not")
                .putArray("required").add("shortOrderNumber"));
        assertEquals(List.of(), verdict.breaking());
    }

    @Test
    void theSpecsNotRuleRemovedFromAnAnswerFailsTheGate(@TempDir Path dir) throws IOException {
        Verdict verdict = changedPos(dir, spec -> {
            ObjectNode answer = schema(spec, "InquireOrderDetailResponse");
            assertTrue(answer.has("not"), "the spec's rule for S answers of inquireOrderDetail");
            answer.remove("not");
        });
        assertFalse(verdict.passes(), verdict.summary());
        assertEquals(List.of("InquireOrderDetailResponse: `not` rule removed, allowing answers the released version "
                + "ruled out (breaks callers)"), verdict.breaking());
    }

    @Test
    void onlyTheAnnotationsOfANotRuleChangedIsCompatible(@TempDir Path dir) throws IOException {
        Verdict verdict = changedPos(dir, spec -> ((ObjectNode) schema(spec, "InquireOrderDetailResponse").path("not"))
                .put("description", "reworded").put("x-internal", false));
        assertEquals(List.of(), verdict.breaking());
    }

    /** The POS spec as it is, changed on purpose, against itself: the gate's judgement whatever the baseline holds. */
    private static Verdict changedPos(Path dir, Consumer<ObjectNode> change) throws IOException {
        ObjectNode spec = currentPos();
        change.accept(spec);
        return compare(dir, currentPos(), spec);
    }

    private static ObjectNode currentPos() throws IOException {
        return (ObjectNode) YAML.readTree(StackPaths.specs().resolve(POS).toFile());
    }

    private static ObjectNode orderChannel(ObjectNode spec) {
        return (ObjectNode) schema(spec, "CreateOrderRequest").path("properties").path("orderChannel");
    }

    private static Verdict compare(Path dir, ObjectNode before, ObjectNode after) throws IOException {
        Path released = Files.createDirectories(dir.resolve("released")).resolve(POS);
        Path changed = dir.resolve(POS);
        YAML.writeValue(released.toFile(), before);
        YAML.writeValue(changed.toFile(), after);
        Verdict verdict = SpecGate.check(POS, released, changed);
        System.out.println("spec compatibility, deliberate change: " + verdict.summary());
        verdict.breaking().forEach(line -> System.out.println("  " + line));
        return verdict;
    }

    private static ObjectNode schema(ObjectNode spec, String name) {
        return (ObjectNode) spec.path("components").path("schemas").path(name);
    }

    /** createOrder's answer without its required {@code result}: a field every caller reads is gone. */
    private static void removeTheCreateOrderAnswersResult(ObjectNode spec) {
        ObjectNode answer = schema(spec, "CreateOrderResponse");
        ((ObjectNode) answer.path("properties")).remove("result");
        ArrayNode required = (ArrayNode) answer.path("required");
        for (int i = required.size() - 1; i >= 0; i--) {
            if (required.get(i).asText().equals("result")) {
                required.remove(i);
            }
        }
    }
}
