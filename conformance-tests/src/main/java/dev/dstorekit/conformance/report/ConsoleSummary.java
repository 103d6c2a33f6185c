package dev.dstorekit.conformance.report;

import java.nio.file.Path;
import java.util.List;

/** The console summary: one line per case, then each failure with what to fix. */
public final class ConsoleSummary {

    private ConsoleSummary() {
    }

    /** @param reproduce how to generate the run's requests again, or {@code null} */
    public static String render(List<CaseOutcome> outcomes, Path markdown, String reproduce) {
        StringBuilder out = new StringBuilder("\n==== D-Store POS conformance ====\n");
        for (CaseOutcome o : outcomes) {
            out.append(switch (o.status()) {
                case PASSED -> "PASS ";
                case FAILED -> "FAIL ";
                case SKIPPED -> "SKIP ";
            }).append(o.fullName());
            if (!o.figures().isEmpty()) {
                out.append("  ").append(o.figures());
            }
            out.append('\n');
        }
        long failed = MarkdownReport.count(outcomes, CaseOutcome.Status.FAILED);
        for (CaseOutcome o : outcomes) {
            if (o.status() == CaseOutcome.Status.FAILED) {
                out.append("\n---- FAILED ").append(o.fullName()).append("\n  rule: ").append(o.rule())
                        .append("\n  ").append(o.message() == null ? "" : o.message().strip().replace("\n", "\n  "));
                if (o.howToFix() != null) {
                    out.append("\n  how to fix: ").append(o.howToFix());
                }
                out.append('\n');
            }
        }
        out.append("\n").append(outcomes.size()).append(" cases: ")
                .append(MarkdownReport.count(outcomes, CaseOutcome.Status.PASSED)).append(" passed, ")
                .append(failed).append(" failed, ")
                .append(MarkdownReport.count(outcomes, CaseOutcome.Status.SKIPPED)).append(" skipped. Report: ")
                .append(markdown.toAbsolutePath()).append("\n");
        if (reproduce != null) {
            out.append(reproduce).append("\n");
        }
        return out.toString();
    }
}
