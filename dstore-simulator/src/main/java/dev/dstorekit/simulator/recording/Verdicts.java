package dev.dstorekit.simulator.recording;

import dev.dstorekit.simulator.journal.Verdict;
import dev.dstorekit.simulator.violation.Violation;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** The worst finding of a message, which the console filters on. */
final class Verdicts {

    private Verdicts() {
    }

    static Verdict worst(boolean signatureValid, @Nullable String schemaProblem, List<Violation> violations) {
        if (!signatureValid || schemaProblem != null || violations.stream().anyMatch(Violation::isError)) {
            return Verdict.VIOLATION;
        }
        return violations.isEmpty() ? Verdict.OK : Verdict.WARNING;
    }
}
