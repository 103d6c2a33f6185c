package dev.dstorekit.conformance;

import dev.dstorekit.conformance.cases.OrderFlow;
import dev.dstorekit.conformance.cases.Outbound;
import dev.dstorekit.conformance.cases.ResultSemantics;
import dev.dstorekit.conformance.cases.Schemas;
import dev.dstorekit.conformance.cases.Signatures;
import dev.dstorekit.conformance.pos.TestPos;
import dev.dstorekit.conformance.report.CaseOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without product ids the suite orders what the POS synced to the embedded D-Store endpoint. */
class CatalogLearningTest {

    @Test
    void productsAreLearnedFromTheSyncProductThePosSends(@TempDir Path reports) {
        int port = SuiteRun.freePort();
        try (TestPos pos = TestPos.startAndSyncCatalog(SuiteRun.dstoreUrl(port))) {
            Map<String, String> settings = new HashMap<>(SuiteRun.settings(pos.url(), port, reports));
            settings.remove(Settings.PRODUCT_IDS);
            settings.put(Settings.CATALOG_WAIT, "20s");

            ConformanceRunner.Result result = SuiteRun.run(settings, Signatures.class, Schemas.class, ResultSemantics.class, OrderFlow.class,
                    Outbound.class);

            assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("Products ordered: [CR-ROAST, DR-LEMONTEA] from syncProduct")),
                    result.notes().toString());
            assertEquals(Set.of(), SuiteRun.caseNames(result, CaseOutcome.Status.FAILED), SuiteRun.explain(result));
            assertEquals(Set.of(), SuiteRun.caseNames(result, CaseOutcome.Status.SKIPPED), SuiteRun.explain(result));
            // the learned MODIFIER product is ordered as a modifier, so the spec's modifier constraints are exercised too
            assertTrue(result.outcomes().stream().anyMatch(o -> o.invocation() != null
                    && o.invocation().contains("orderProducts[0].modifiers[0].quantity")), "modifier cases are derived");
        }
    }
}
