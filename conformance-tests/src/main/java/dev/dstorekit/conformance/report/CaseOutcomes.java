package dev.dstorekit.conformance.report;

import dev.dstorekit.conformance.ConformanceNotes;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the outcome of every conformance case of a run (tests in {@value #CASES_PACKAGE}), with the rule it
 * checks and its fix hint, plus the run notes. Failures of a case container (e.g. a parameterized case whose
 * inputs could not be built) count as failed cases, so nothing fails silently.
 */
public class CaseOutcomes implements TestExecutionListener {

    public static final String CASES_PACKAGE = "dev.dstorekit.conformance.cases";

    private final List<CaseOutcome> outcomes = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String reproduce;
    private final Map<String, Map<String, String>> figures = new HashMap<>();
    private TestPlan plan;
    private boolean active;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        active = containsCases(testPlan);
    }

    /** Whether the plan runs any conformance case. */
    static boolean containsCases(TestPlan plan) {
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier id : plan.getDescendants(root)) {
                if (methodSource(id).map(m -> m.getClassName().startsWith(CASES_PACKAGE + ".")).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean active() {
        return active;
    }

    @Override
    public synchronized void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        entry.getKeyValuePairs().forEach((key, value) -> {
            if (key.equals(ConformanceNotes.KEY)) {
                notes.add(value);
            } else if (key.equals(ConformanceNotes.REPRODUCE)) {
                reproduce = value;
            } else {
                figures.computeIfAbsent(id.getUniqueId(), k -> new LinkedHashMap<>()).put(key, value);
            }
        });
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier id, String reason) {
        caseOf(id).ifPresent(c -> outcomes.add(outcome(id, c, CaseOutcome.Status.SKIPPED, reason)));
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Optional<MethodSource> source = caseOf(id);
        if (source.isEmpty()) {
            return;
        }
        boolean test = id.isTest();
        if (!test && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            return; // a parameterized case's container: its invocations are the outcomes
        }
        CaseOutcome.Status status = switch (result.getStatus()) {
            case SUCCESSFUL -> CaseOutcome.Status.PASSED;
            case ABORTED -> CaseOutcome.Status.SKIPPED;
            case FAILED -> CaseOutcome.Status.FAILED;
        };
        String message = result.getThrowable().map(CaseOutcomes::describe).orElse(null);
        outcomes.add(outcome(id, source.get(), status, message));
    }

    public synchronized List<CaseOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    /** How to generate the run's requests again, or {@code null} when the run never got that far. */
    public synchronized String reproduce() {
        return reproduce;
    }

    private CaseOutcome outcome(TestIdentifier id, MethodSource source, CaseOutcome.Status status, String message) {
        String area = source.getClassName().substring(CASES_PACKAGE.length() + 1);
        String invocation = null;
        String rule = id.getDisplayName();
        Optional<TestIdentifier> parent = plan.getParent(id);
        if (id.isTest() && parent.isPresent() && caseOf(parent.get()).isPresent()) {
            invocation = id.getDisplayName();
            rule = parent.get().getDisplayName();
        }
        return new CaseOutcome(area, source.getMethodName(), invocation, rule, status, message, howToFix(source),
                figures.getOrDefault(id.getUniqueId(), Map.of()));
    }

    private static Optional<MethodSource> caseOf(TestIdentifier id) {
        return methodSource(id).filter(m -> m.getClassName().startsWith(CASES_PACKAGE + "."));
    }

    private static Optional<MethodSource> methodSource(TestIdentifier id) {
        Optional<TestSource> source = id.getSource();
        return source.filter(MethodSource.class::isInstance).map(MethodSource.class::cast);
    }

    private static String howToFix(MethodSource source) {
        try {
            Class<?> type = Class.forName(source.getClassName(), false, Thread.currentThread().getContextClassLoader());
            return Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> m.getName().equals(source.getMethodName()))
                    .map(m -> m.getAnnotation(HowToFix.class))
                    .filter(java.util.Objects::nonNull)
                    .map(HowToFix::value)
                    .findFirst().orElse(null);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        if (t instanceof AssertionError) {
            return message == null ? t.getClass().getSimpleName() : message;
        }
        if (t instanceof org.opentest4j.TestAbortedException && message != null) {
            return message.replaceFirst("^Assumption failed: ", "");
        }
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
