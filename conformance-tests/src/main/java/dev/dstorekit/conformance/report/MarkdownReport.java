package dev.dstorekit.conformance.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Markdown summary: run facts, the failures with what to fix, then every case. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(List<String> notes, List<CaseOutcome> outcomes) {
        StringBuilder md = new StringBuilder("# D-Store POS conformance report\n\n");
        long failed = count(outcomes, CaseOutcome.Status.FAILED);
        long skipped = count(outcomes, CaseOutcome.Status.SKIPPED);
        long passed = count(outcomes, CaseOutcome.Status.PASSED);
        md.append("**Result: ").append(failed == 0 && passed > 0 ? "PASSED" : "FAILED").append("** — ")
                .append(outcomes.size()).append(" cases: ").append(passed).append(" passed, ").append(failed)
                .append(" failed, ").append(skipped).append(" skipped (a skipped case was not verified).\n\n");
        for (String note : notes) {
            md.append("- ").append(escape(note)).append('\n');
        }
        if (!notes.isEmpty()) {
            md.append('\n');
        }
        if (failed > 0) {
            md.append("## What to fix\n\n");
            for (CaseOutcome o : outcomes) {
                if (o.status() == CaseOutcome.Status.FAILED) {
                    md.append("### ").append(escape(o.fullName())).append("\n\n")
                            .append("*Rule:* ").append(escape(o.rule())).append("\n\n")
                            .append("*Failure:*\n\n```\n").append(o.message() == null ? "(no message)" : o.message().strip())
                            .append("\n```\n\n");
                    if (o.howToFix() != null) {
                        md.append("*How to fix:* ").append(escape(o.howToFix())).append("\n\n");
                    }
                }
            }
        }
        if (skipped > 0) {
            md.append("## Skipped (not verified)\n\n");
            for (CaseOutcome o : outcomes) {
                if (o.status() == CaseOutcome.Status.SKIPPED) {
                    md.append("- **").append(escape(o.fullName())).append("**: ").append(escape(o.message())).append('\n');
                }
            }
            md.append('\n');
        }
        md.append("## All cases\n\n| Area | Case | Rule | Result | Figures |\n|---|---|---|---|---|\n");
        for (CaseOutcome o : outcomes) {
            md.append("| ").append(o.area()).append(" | ").append(cell(o.method() + (o.invocation() == null ? "" : " " + o.invocation())))
                    .append(" | ").append(cell(o.rule())).append(" | ").append(symbol(o.status()))
                    .append(" | ").append(cell(figures(o.figures()))).append(" |\n");
        }
        return md.toString();
    }

    static long count(List<CaseOutcome> outcomes, CaseOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    private static String symbol(CaseOutcome.Status status) {
        return switch (status) {
            case PASSED -> "✅ passed";
            case FAILED -> "❌ FAILED";
            case SKIPPED -> "⚠️ skipped";
        };
    }

    private static String figures(Map<String, String> figures) {
        return figures.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return escape(text).replace("|", "\\|").replace("\n", " ");
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("<", "&lt;").replace(">", "&gt;");
    }
}
