package dev.dstorekit.simulator.violation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One broken rule, as it appears in reports and on the control API.
 *
 * @param kind           what was broken
 * @param severity       ERROR fails a run, WARNING does not
 * @param rule           the D-Store rule in words
 * @param reference      where the rule is written (REFERENCE.md sections)
 * @param requestOrderId the order concerned, if any
 * @param operation      the API operation where it was seen, e.g. {@code notifyOrderChange}
 * @param details        what exactly happened
 * @param at             when it was seen
 */
@Serdeable
public record Violation(ViolationKind kind,
                        Severity severity,
                        String rule,
                        String reference,
                        @Nullable String requestOrderId,
                        String operation,
                        String details,
                        Instant at) {

    public static Violation of(ViolationKind kind, @Nullable String requestOrderId, String operation, String details, Instant at) {
        return new Violation(kind, kind.severity(), kind.rule(), kind.reference(), requestOrderId, operation, details, at);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
