package dev.dstorekit.conformance.report;

import dev.dstorekit.conformance.Settings;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes the human summary of a conformance run: {@code conformance-report.md} in the report directory and a
 * console summary listing each failed or skipped case with what to fix. Registered with the JUnit Platform
 * through {@code META-INF/services}, so the Maven way and the standalone jar both get it; runs without
 * conformance cases (e.g. the module's own tests) are ignored.
 */
public final class ConformanceReportListener extends CaseOutcomes {

    public static final String FILE = "conformance-report.md";

    private final PrintStream console;
    private Path reportDir;

    public ConformanceReportListener() {
        this(System.out);
    }

    ConformanceReportListener(PrintStream console) {
        this.console = console;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        super.testPlanExecutionStarted(testPlan);
        reportDir = Path.of(testPlan.getConfigurationParameters().get(Settings.REPORT_DIR)
                .or(() -> Optional.ofNullable(System.getenv(Settings.environmentName(Settings.REPORT_DIR))))
                .orElse("conformance-reports"));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!active()) {
            return;
        }
        List<CaseOutcome> outcomes = outcomes();
        String markdown = MarkdownReport.render(notes(), outcomes);
        try {
            Files.createDirectories(reportDir);
            // getBytes replaces a lone surrogate (a POS may send one in a JSON string) where writeString would throw
            Files.write(reportDir.resolve(FILE), markdown.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + reportDir.resolve(FILE), e);
        }
        console.print(ConsoleSummary.render(outcomes, reportDir.resolve(FILE), reproduce()));
        console.flush();
    }
}
