package dev.dstorekit.conformance.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one conformance case (or one invocation of a parameterized case).
 *
 * @param area       the case class, e.g. {@code Signatures}
 * @param method     the rule it checks, e.g. {@code tamperedBodyIsRefused}
 * @param invocation the parameter shown for a parameterized case, or {@code null}
 * @param rule       the {@code @DisplayName}: the rule with its REFERENCE section
 * @param status     passed, failed or skipped
 * @param message    why it failed or was skipped, or {@code null}
 * @param howToFix   the case's {@link HowToFix} hint, or {@code null}
 * @param figures    reported values (e.g. timing percentiles)
 */
public record CaseOutcome(String area, String method, String invocation, String rule, Status status, String message,
                          String howToFix, Map<String, String> figures) {

    /** Passed, failed (including errors) or skipped (aborted by an assumption, or disabled). */
    public enum Status {
        PASSED, FAILED, SKIPPED
    }

    public CaseOutcome {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** {@code Signatures.tamperedBodyIsRefused}, the stable name used to assert on outcomes. */
    public String caseName() {
        return area + "." + method;
    }

    /** {@code caseName} plus the invocation, e.g. {@code Signatures.bothHeaderSpacingsAreAccepted [2] …}. */
    public String fullName() {
        return invocation == null ? caseName() : caseName() + " " + invocation;
    }
}
