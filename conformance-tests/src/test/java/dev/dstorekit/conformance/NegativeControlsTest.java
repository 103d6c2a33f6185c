package dev.dstorekit.conformance;

import dev.dstorekit.conformance.cases.Outbound;
import dev.dstorekit.conformance.cases.Timing;
import dev.dstorekit.conformance.pos.Flaw;
import dev.dstorekit.conformance.pos.TestPos;
import dev.dstorekit.conformance.report.CaseOutcome;
import dev.dstorekit.conformance.report.ConformanceReportListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A suite that cannot fail is worth nothing: each deliberately broken POS must be caught by exactly the cases
 * that check the rule it breaks, and by no others.
 */
@Execution(ExecutionMode.CONCURRENT) // each test runs a whole suite against its own server
class NegativeControlsTest {

    @Test
    void posThatSkipsSignatureChecksFailsTheTamperingCases(@TempDir Path reports) throws Exception {
        ConformanceRunner.Result result = run(Flaw.SKIPS_SIGNATURE_CHECKS, reports);

        assertFailed(result, "Signatures.tamperedBodyIsRefused", "Signatures.tamperedUriIsRefused",
                "Signatures.tamperedRequestTimeIsRefused", "Signatures.signatureByAnotherKeyIsRefused",
                "Signatures.missingOrMalformedHeaderIsRefused");
        // Client-Id and Request-Time are still checked by this POS, so those variants must pass
        assertEquals(Set.of("Signature header missing", "Signature is a bare value, not algorithm=…, keyVersion=…, signature=…",
                        "Signature header without the signature= pair", "algorithm=RSA512 instead of RSA256",
                        "signature value that is not Base64", "signature value cut in half"),
                invocations(result, "Signatures.missingOrMalformedHeaderIsRefused", CaseOutcome.Status.FAILED));
        String report = Files.readString(reports.resolve(ConformanceReportListener.FILE));
        assertTrue(report.contains("**Result: FAILED**"), report);
        assertTrue(report.contains("### Signatures.tamperedBodyIsRefused"), report);
        assertTrue(report.contains("*How to fix:* Verify every request before processing it"), report);
    }

    @Test
    void posThatMakesANewOrderOnReplayFailsTheIdempotencyCases(@TempDir Path reports) {
        ConformanceRunner.Result result = run(Flaw.NEW_POS_ORDER_ID_ON_REPLAY, reports);

        // the data-acceptance cases replay every order they create, so each of them catches this flaw too
        assertFailed(result, "Idempotency.replayGetsTheIdenticalAnswer", "Idempotency.concurrentDuplicatesMakeOneOrder",
                "Idempotency.sameRequestOrderIdWithADifferentBodyGetsTheStoredAnswer",
                "DataAcceptance.maxLengthAsciiStringsAreStored", "DataAcceptance.maxLengthNonBmpStringsAreStored",
                "DataAcceptance.controlCharactersAreStored", "DataAcceptance.integersAtTheirLimitsAreStored",
                "DataAcceptance.longArraysAreStored", "DataAcceptance.unknownProductsAndAmountsThatDoNotAddUpAreStored",
                "DataAcceptance.everyEnumValueAndOptionalMemberIsStored",
                "DataAcceptance.pushOrderChangesAtTheEdgesAreApplied", "DataAcceptance.inquiriesAtTheEdgesAreAnswered");
        assertTrue(message(result, "DataAcceptance.longArraysAreStored").contains("a replay of the same bytes answered S/SUCCESS"),
                message(result, "DataAcceptance.longArraysAreStored"));
    }

    @Test
    void posThatAnswersHttp500OnBadInputFailsTheResultCases(@TempDir Path reports) {
        ConformanceRunner.Result result = run(Flaw.HTTP_500_ON_BAD_INPUT, reports);

        assertFailed(result, "ResultSemantics.neverHttp5xx", "ResultSemantics.alwaysAResult",
                "ResultSemantics.missingRequiredFieldIsParamIllegal", "ResultSemantics.enumViolationIsParamIllegal",
                "ResultSemantics.lengthViolationIsParamIllegal", "ResultSemantics.rangeTypeOrFormatViolationIsParamIllegal",
                "ResultSemantics.bodyThatIsNotJsonIsParamIllegal",
                // its PARAM_ILLEGAL answers are neither spec-shaped nor signed, and these cases include one
                "Schemas.createOrderAnswersMatchTheSpec", "Signatures.posAnswersAreSigned");
    }

    @Test
    void posThatSendsUnsignedAnswersFailsTheAnswerSignatureCase(@TempDir Path reports) {
        ConformanceRunner.Result result = run(Flaw.UNSIGNED_ANSWERS, reports);

        assertFailed(result, "Signatures.posAnswersAreSigned");
    }

    @Test
    void posThatReportsAStatusOutsideTheEnumFailsTheSchemaAndFlowCases(@TempDir Path reports) {
        ConformanceRunner.Result result = run(Flaw.STATUS_OUTSIDE_ENUM, reports);

        assertFailed(result, "Schemas.inquireOrderDetailAnswersMatchTheSpec",
                "OrderFlow.createThenInquireReturnsALegalStatusAndTheSamePosOrderId");
    }

    @Test
    void posSlowerThanTheBudgetFailsTheTimingCase(@TempDir Path reports) {
        // the budget is lowered to 1 s for the test (SuiteRun.settings), so the POS need not take 8 s
        int port = SuiteRun.freePort();
        try (TestPos pos = TestPos.start(Set.of(Flaw.SLOW_CREATE_ORDER), SuiteRun.dstoreUrl(port), Duration.ofMillis(1200))) {
            Map<String, String> settings = SuiteRun.with(SuiteRun.settings(pos.url(), port, reports), Settings.TIMING_CALLS, "2");
            ConformanceRunner.Result result = SuiteRun.run(settings, Timing.class);

            assertFailed(result, "Timing.createOrderAnswersWellInsideTheBudget");
            CaseOutcome timing = result.outcomes().get(0);
            assertTrue(Long.parseLong(timing.figures().get("p50 ms")) >= 1200, timing.figures().toString());
            assertTrue(timing.message().contains("over the 1000 ms budget"), timing.message());
        }
    }

    @Test
    void posThatCallsDStoreUnsignedFailsTheOutboundSignatureCase(@TempDir Path reports) {
        ConformanceRunner.Result result = runOutbound(Flaw.OUTBOUND_UNSIGNED, reports, "3s");

        assertFailed(result, "Outbound.outboundCallsAreSigned");
        // D-Store refused every call (F/INVALID_SIGNATURE), so there was no U to retry: not verified, not passed
        assertEquals(Set.of("Outbound.retryAfterUKeepsTheRequestIdAndBody"), SuiteRun.caseNames(result, CaseOutcome.Status.SKIPPED));
    }

    @Test
    void posThatRetriesUnderANewRequestIdFailsTheRetryCase(@TempDir Path reports) {
        ConformanceRunner.Result result = runOutbound(Flaw.OUTBOUND_NEW_REQUEST_ID_ON_RETRY, reports, "3s");

        assertFailed(result, "Outbound.retryAfterUKeepsTheRequestIdAndBody");
    }

    @Test
    void posThatSkipsAStatusStepFailsTheTransitionCase(@TempDir Path reports) {
        ConformanceRunner.Result result = runOutbound(Flaw.OUTBOUND_SKIPS_A_STEP, reports, "3s");

        assertFailed(result, "Outbound.notifyOrderChangeFollowsLegalTransitions");
    }

    @Test
    void posThatSendsNothingGetsSkippedOutboundCasesNeverAPass(@TempDir Path reports) throws Exception {
        ConformanceRunner.Result result = runOutbound(Flaw.NO_OUTBOUND, reports, "500ms");

        assertEquals(Set.of(), SuiteRun.caseNames(result, CaseOutcome.Status.FAILED), SuiteRun.explain(result));
        Set<String> outbound = result.outcomes().stream().filter(o -> o.area().equals("Outbound"))
                .map(o -> o.status() + " " + o.caseName()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("SKIPPED Outbound.notifyOrderChangeFollowsLegalTransitions", "SKIPPED Outbound.outboundCallsAreSigned",
                "SKIPPED Outbound.outboundCallsMatchTheSpec", "SKIPPED Outbound.retryAfterUKeepsTheRequestIdAndBody"), outbound);
        assertTrue(result.outcomes().stream().filter(o -> o.area().equals("Outbound"))
                .allMatch(o -> o.message().startsWith("skipped: nothing received")), SuiteRun.explain(result));
        assertTrue(Files.readString(reports.resolve(ConformanceReportListener.FILE)).contains("## Skipped (not verified)"));
    }

    @Test
    void posWithColumnsShorterThanMaxLengthFailsTheMaxLengthCases(@TempDir Path reports) throws Exception {
        ConformanceRunner.Result result = run(Flaw.SHORT_COLUMNS, reports);

        assertFailed(result, "DataAcceptance.maxLengthAsciiStringsAreStored", "DataAcceptance.maxLengthNonBmpStringsAreStored");
        String message = message(result, "DataAcceptance.maxLengthAsciiStringsAreStored");
        assertTrue(message.contains("LOST ORDER: U/UNKNOWN_EXCEPTION (Temporary failure; retry with the same parameters) on all 4 attempts"),
                message);
        assertTrue(message.contains("alone: orderProducts[0].posProductId: 255 code points, maxLength 255, ASCII → LOST ORDER"),
                message);
        assertTrue(message.contains("seed " + SuiteRun.SEED + ", the same requests again with --seed " + SuiteRun.SEED), message);
        // the answers quote emoji ids cut at 300 characters: the report is still written
        assertTrue(Files.readString(reports.resolve(ConformanceReportListener.FILE))
                .contains("### DataAcceptance.maxLengthNonBmpStringsAreStored"));
    }

    @Test
    void posThatCountsLengthInUtf16UnitsFailsTheNonBmpCases(@TempDir Path reports) {
        ConformanceRunner.Result result = run(Flaw.LENGTH_IN_UTF16_UNITS, reports);

        // requestId, requestOrderId and refundReason are checked the same wrong way as createOrder's texts
        assertFailed(result, "DataAcceptance.maxLengthNonBmpStringsAreStored",
                "DataAcceptance.pushOrderChangesAtTheEdgesAreApplied", "DataAcceptance.inquiriesAtTheEdgesAreAnswered");
        String message = message(result, "DataAcceptance.maxLengthNonBmpStringsAreStored");
        assertTrue(message.contains("refused: F/PARAM_ILLEGAL"), message);
        assertTrue(message.contains("the request is valid against the spec's schema"), message);
        assertTrue(message.contains("alone: requestOrderId: 255 code points ("), message);
        assertTrue(message.contains("orderProducts[0].posProductId: 255 code points (510 UTF-16 units, 1020 UTF-8 bytes), maxLength 255, non-BMP → refused: F/PARAM_ILLEGAL"),
                message);
    }

    @Test
    void posThatTotalsInIntArithmeticFailsTheIntegerLimitsCase(@TempDir Path reports) {
        ConformanceRunner.Result result = run(Flaw.INT_OVERFLOW, reports);

        assertFailed(result, "DataAcceptance.integersAtTheirLimitsAreStored");
        String message = message(result, "DataAcceptance.integersAtTheirLimitsAreStored");
        assertTrue(message.contains("LOST ORDER"), message);
        assertTrue(message.contains("alone: orderProducts[0].quantity: 2147483647, maximum (int32) → LOST ORDER"), message);
    }

    @Test
    void nothingPassesAgainstAPosThatIsDown(@TempDir Path reports) {
        int nobodyListens = SuiteRun.freePort();
        Map<String, String> settings = SuiteRun.with(SuiteRun.settings(SuiteRun.dstoreUrl(nobodyListens), SuiteRun.freePort(), reports),
                Settings.OUTBOUND_WAIT, "0s");

        ConformanceRunner.Result result = SuiteRun.run(settings);

        assertEquals(Set.of(), SuiteRun.caseNames(result, CaseOutcome.Status.PASSED), "no case may pass vacuously");
        assertTrue(SuiteRun.caseNames(result, CaseOutcome.Status.FAILED).size() >= 20, SuiteRun.explain(result));
    }

    /** The whole suite against a POS with {@code flaw}. */
    private static ConformanceRunner.Result run(Flaw flaw, Path reports) {
        int port = SuiteRun.freePort();
        try (TestPos pos = TestPos.start(Set.of(flaw), SuiteRun.dstoreUrl(port), Duration.ZERO)) {
            return SuiteRun.run(SuiteRun.settings(pos.url(), port, reports));
        }
    }

    /** The timing case (whose first order makes the POS call D-Store, and is left alone) and the outbound cases. */
    private static ConformanceRunner.Result runOutbound(Flaw flaw, Path reports, String outboundWait) {
        int port = SuiteRun.freePort();
        try (TestPos pos = TestPos.start(Set.of(flaw), SuiteRun.dstoreUrl(port), Duration.ZERO)) {
            Map<String, String> settings = SuiteRun.with(SuiteRun.settings(pos.url(), port, reports), Settings.OUTBOUND_WAIT, outboundWait);
            return SuiteRun.run(settings, Timing.class, Outbound.class);
        }
    }

    /** Exactly these cases failed; every other case that ran passed or was skipped for a stated reason. */
    private static void assertFailed(ConformanceRunner.Result result, String... cases) {
        assertEquals(new TreeSet<>(Set.of(cases)), SuiteRun.caseNames(result, CaseOutcome.Status.FAILED), SuiteRun.explain(result));
        assertFalse(result.passed());
    }

    private static String message(ConformanceRunner.Result result, String caseName) {
        return result.outcomes().stream().filter(o -> o.caseName().equals(caseName)).findFirst().orElseThrow().message();
    }

    private static Set<String> invocations(ConformanceRunner.Result result, String caseName, CaseOutcome.Status status) {
        return result.outcomes().stream().filter(o -> o.caseName().equals(caseName) && o.status() == status)
                .map(CaseOutcome::invocation).collect(Collectors.toSet());
    }
}
