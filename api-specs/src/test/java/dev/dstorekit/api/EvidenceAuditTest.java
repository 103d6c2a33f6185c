package dev.dstorekit.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.api.EvidenceAudit.Counts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The specs' evidence tags against the evidence register and the source texts it quotes (see
 * {@code src/main/openapi/evidence.yaml}). Each failure names the item and what is missing; the tests at the end
 * show the audit catching a deliberately dishonest spec or register.
 */
class EvidenceAuditTest {

    static final Path OPENAPI = Path.of("src/main/openapi");
    static final Path README = Path.of("../README.md");
    static final List<String> DSTORE_SPECS = List.of("dstore-pos-api.yaml", "dstore-pds-api.yaml");
    static final String OWN_SPEC = "merchant-api.yaml";
    static final String README_SECTION = "#### Evidence, counted";

    @TestFactory
    Stream<DynamicTest> everyDocumentedClaimIsQuotedFromItsSourceOrListedAsInferred() {
        EvidenceAudit audit = EvidenceAudit.load(OPENAPI);
        return DSTORE_SPECS.stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            List<String> problems = audit.auditDStore(file, OpenApiDocument.load(file).root).problems();
            assertTrue(problems.isEmpty(), file + ":\n" + String.join("\n", problems));
        }));
    }

    @Test
    void theMerchantApiIsOurOwnThroughout() {
        List<String> problems = EvidenceAudit.load(OPENAPI).auditOwn(OWN_SPEC, OpenApiDocument.load(OWN_SPEC).root).problems();
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theReadmeTableShowsTheAuditsCounts() throws IOException {
        EvidenceAudit audit = EvidenceAudit.load(OPENAPI);
        Map<String, Counts> expected = new LinkedHashMap<>();
        for (String file : DSTORE_SPECS) {
            expected.put(file, audit.auditDStore(file, OpenApiDocument.load(file).root).counts());
        }
        expected.put(OWN_SPEC, audit.auditOwn(OWN_SPEC, OpenApiDocument.load(OWN_SPEC).root).counts());
        String readme = Files.readString(README);
        int section = readme.indexOf(README_SECTION);
        assertTrue(section >= 0, "README has no section \"" + README_SECTION + "\"");
        readme = readme.substring(section);
        for (Map.Entry<String, Counts> spec : expected.entrySet()) {
            Matcher row = Pattern.compile("\\| `" + Pattern.quote(spec.getKey()) + "` \\|([^\\n]*)\\|\\s*\\n").matcher(readme);
            assertTrue(row.find(), "README has no evidence row for " + spec.getKey());
            String[] cells = row.group(1).split("\\|");
            Counts c = spec.getValue();
            List<Integer> shown = Stream.of(cells).map(String::strip).map(v -> v.equals("–") ? 0 : Integer.parseInt(v)).toList();
            assertEquals(List.of(c.documented(), c.inferred(), c.own(), c.claimsQuoted(), c.claimsInferred()), shown,
                    "README evidence row of " + spec.getKey() + " (documented, inferred, own, quoted, inferred flags)");
        }
    }

    // --- the audit catches a dishonest spec or register ------------------------------------------------------------

    private static final String SOURCE = """
            # Fake source
            ## 5. Endpoints **[D]**
            | `requestId` | String | Y | ≤255; idempotency key |
            | `note` | String | N | free text [I] |
            ## 7. pds models **[P]**
            | `storeId` | String | Y | ≤255 |
            """;

    private static final String SPEC = """
            paths: {}
            components:
              schemas:
                Request:
                  type: object
                  x-dstore-evidence: documented
                  required: [requestId]
                  properties:
                    requestId: {type: string, maxLength: 255, x-dstore-evidence: documented}
            """;

    private static final String REGISTER = """
            sources:
              fake: {file: fake.md, markdown: true}
            specs:
              spec.yaml:
                documentedTags: [D]
                entries:
                  Request:
                    quotes:
                      - {source: fake, section: "5. Endpoints", backs: [schema], quote: "| `requestId` | String | Y |"}
                  Request.requestId:
                    quotes:
                      - {source: fake, section: "5. Endpoints", backs: [property, required, maxLength], quote: "| `requestId` | String | Y | ≤255; idempotency key |"}
            """;

    @Test
    void anHonestSpecPasses() throws IOException {
        assertEquals(List.of(), audit(REGISTER, SPEC));
    }

    @Test
    void aDocumentedPropertyWithoutASourceIsCaught() throws IOException {
        String spec = SPEC + "        note: {type: string, x-dstore-evidence: documented}\n";
        assertCaught(audit(REGISTER, spec), "Request.note: documented, but the register has no entry");
    }

    @Test
    void aQuoteNotFoundVerbatimInItsSourceIsCaught() throws IOException {
        String register = REGISTER.replace("≤255; idempotency key", "≤256; idempotency key");
        assertCaught(audit(register, SPEC), "not found verbatim");
    }

    @Test
    void aQuoteFromAnotherSectionIsCaught() throws IOException {
        String register = REGISTER.replace("section: \"5. Endpoints\", backs: [property", "section: \"7. pds models\", backs: [property");
        assertCaught(audit(register, SPEC), "not in section \"7. pds models\"");
    }

    @Test
    void aMissingTagIsCaught() throws IOException {
        String spec = SPEC.replace("maxLength: 255, x-dstore-evidence: documented", "maxLength: 255");
        assertCaught(audit(REGISTER, spec), "Request.requestId: x-dstore-evidence must be documented or inferred");
    }

    @Test
    void aConstraintNoQuoteBacksIsCaught() throws IOException {
        String spec = SPEC.replace("maxLength: 255,", "maxLength: 255, pattern: '^[a-z]+$',");
        assertCaught(audit(REGISTER, spec), "claim 'pattern' is neither quoted nor listed as inferred");
    }

    @Test
    void anInferredConstraintMustBeExplainedInTheDescription() throws IOException {
        String spec = SPEC.replace("maxLength: 255,", "maxLength: 255, pattern: '^[a-z]+$',");
        String register = REGISTER + "        inferred: {pattern: \"Lower case is our choice.\"}\n";
        assertCaught(audit(register, spec), "Request.requestId: some claims are inferred, but its description does not say so");
        String explained = spec.replace("pattern: '^[a-z]+$',", "pattern: '^[a-z]+$', description: 'Lower case is inferred.',");
        assertEquals(List.of(), audit(register, explained));
    }

    @Test
    void referenceTextCountsOnlyUnderTheSpecsEvidenceTag() throws IOException {
        String spec = SPEC + "        note: {type: string, x-dstore-evidence: documented}\n";
        String inferredPassage = REGISTER + "      Request.note:\n        quotes:\n"
                + "          - {source: fake, backs: [property], quote: \"| `note` | String | N | free text [I] |\"}\n";
        assertCaught(audit(inferredPassage, spec), "the quote itself carries an [I], [A] or [OPEN] tag");
        String otherApi = REGISTER.replace("section: \"5. Endpoints\", backs: [property, required, maxLength], quote: \"| `requestId` | String | Y | ≤255; idempotency key |\"",
                "backs: [property, required, maxLength], quote: \"| `storeId` | String | Y | ≤255 |\"");
        assertCaught(audit(otherApi, SPEC), "neither the quoted lines nor their section carry");
    }

    @Test
    void anInferredPropertyWithoutAReasonIsCaught() throws IOException {
        String spec = SPEC + "        note: {type: string, x-dstore-evidence: inferred, description: Free text.}\n";
        assertCaught(audit(REGISTER, spec), "Request.note: inferred, but its description does not say why");
    }

    @Test
    void aRegisterEntryForSomethingTheSpecDoesNotHaveIsCaught() throws IOException {
        String register = REGISTER.replace("  Request.requestId:", "  Request.requestID:");
        assertCaught(audit(register, SPEC), "spec.yaml Request.requestID: register entry for something the spec does not have");
    }

    private static List<String> audit(String register, String spec) throws IOException {
        JsonNode registerNode = OpenApiDocument.YAML.readTree(register);
        EvidenceAudit audit = new EvidenceAudit(registerNode, Map.of("fake", SourceDocument.of(SOURCE, true)));
        return audit.auditDStore("spec.yaml", OpenApiDocument.YAML.readTree(spec)).problems();
    }

    private static void assertCaught(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
                "expected a problem containing \"" + expected + "\", got:\n" + String.join("\n", problems));
    }
}
