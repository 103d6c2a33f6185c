package dev.dstorekit.conformance;

import dev.dstorekit.conformance.pos.Flaw;
import dev.dstorekit.conformance.pos.TestPos;
import dev.dstorekit.conformance.report.CaseOutcome;
import dev.dstorekit.conformance.report.ConformanceReportListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole suite passes against a correct POS: no case fails and none is skipped. */
class CorrectPosTest {

    @Test
    void everyCasePassesAgainstACorrectPos(@TempDir Path reports) throws Exception {
        int port = SuiteRun.freePort();
        try (TestPos pos = TestPos.start(Set.<Flaw>of(), SuiteRun.dstoreUrl(port), Duration.ZERO)) {
            ConformanceRunner.Result result = SuiteRun.run(SuiteRun.settings(pos.url(), port, reports));

            assertEquals(Set.of(), SuiteRun.caseNames(result, CaseOutcome.Status.FAILED), SuiteRun.explain(result));
            assertEquals(Set.of(), SuiteRun.caseNames(result, CaseOutcome.Status.SKIPPED), SuiteRun.explain(result));
            assertTrue(result.passed());
            assertEquals(Set.of("Signatures", "Schemas", "Idempotency", "ResultSemantics", "OrderFlow", "Timing", "Outbound",
                            "DataAcceptance"),
                    result.outcomes().stream().map(CaseOutcome::area).collect(Collectors.toSet()));
            assertTrue(result.outcomes().size() > 100, "parameterized cases count one by one: " + result.outcomes().size());
            assertTrue(Files.readString(reports.resolve(ConformanceReportListener.FILE)).contains("**Result: PASSED**"));
            new ServerSocket(port).close(); // the run closed its embedded D-Store endpoint
        }
    }
}
