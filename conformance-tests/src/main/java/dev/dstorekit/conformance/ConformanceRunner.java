package dev.dstorekit.conformance;

import dev.dstorekit.conformance.evidence.EvidencePack;
import dev.dstorekit.conformance.report.CaseOutcome;
import dev.dstorekit.conformance.report.CaseOutcomes;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the conformance cases through the JUnit Platform Launcher, as any JUnit run would, writing JUnit XML
 * (for any CI) and — through {@link dev.dstorekit.conformance.report.ConformanceReportListener} — the Markdown
 * and console summaries; with an evidence directory ({@link Settings#EVIDENCE_DIR}), the acceptance evidence pack
 * ({@link EvidencePack}) after the run.
 */
public final class ConformanceRunner {

    /** Runs conformance cases in the class order of their {@code @Order}. */
    static final String CLASS_ORDER = "junit.jupiter.testclass.order.default";

    private ConformanceRunner() {
    }

    /**
     * The outcome of a run.
     *
     * @param outcomes every case with its status
     * @param notes    facts about the run (target, embedded endpoint, where the products came from)
     * @param summary  JUnit's counts, including failures outside the cases (e.g. of the engine)
     */
    public record Result(List<CaseOutcome> outcomes, List<String> notes, TestExecutionSummary summary) {

        /** Every case passed (skipped cases are reported but do not fail the run) and at least one ran. */
        public boolean passed() {
            return summary.getTotalFailureCount() == 0
                    && outcomes.stream().noneMatch(o -> o.status() == CaseOutcome.Status.FAILED)
                    && outcomes.stream().anyMatch(o -> o.status() == CaseOutcome.Status.PASSED);
        }
    }

    /** Runs every case with these settings ({@link Settings} keys; system properties fill the gaps). */
    public static Result run(Map<String, String> settings) {
        return run(settings, List.of(DiscoverySelectors.selectPackage(CaseOutcomes.CASES_PACKAGE)));
    }

    /** Runs the selected cases only (the module's own tests use this to run one area against a broken POS). */
    public static Result run(Map<String, String> settings, List<? extends DiscoverySelector> selectors) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameter(CLASS_ORDER, "org.junit.jupiter.api.ClassOrderer$OrderAnnotation")
                .configurationParameters(settings)
                .build();
        Path reportDir = Path.of(settings.getOrDefault(Settings.REPORT_DIR,
                System.getProperty(Settings.REPORT_DIR, "conformance-reports")));
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        CaseOutcomes outcomes = new CaseOutcomes();
        PrintWriter xmlProblems = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, summary, outcomes, new LegacyXmlReportGeneratingListener(reportDir, xmlProblems));
        setting(settings, Settings.EVIDENCE_DIR).filter(dir -> !dir.isBlank()).ifPresent(dir ->
                EvidencePack.write(Path.of(dir), ConformanceConfig.from(key -> setting(settings, key))));
        return new Result(outcomes.outcomes(), outcomes.notes(), summary.getSummary());
    }

    /** A setting as the cases see it: from {@code settings}, else a system property. */
    private static Optional<String> setting(Map<String, String> settings, String key) {
        return Optional.ofNullable(settings.get(key)).or(() -> Optional.ofNullable(System.getProperty(key)));
    }
}
