package dev.dstorekit.signature;

import java.util.List;
import java.util.Objects;

/**
 * What {@link SignatureExplainer} found: the verdict for programs (the CLI's exit code, tests) and the
 * human report that shows the exact string to sign and the likely cause of a failure.
 *
 * @param status whether a signature was checked and verified
 * @param cause the most likely cause of a failure, {@code null} when the signature verified or was not checked
 * @param warnings problems with the inputs that hold whether or not a signature is given
 * @param report the full human-readable report
 */
public record Explanation(Status status, String cause, List<String> warnings, String report) {

    /** Whether a signature was checked and how it went. */
    public enum Status {
        /** No signature, or no public key, was given: only the string to sign is shown. */
        NOT_CHECKED,
        /** The signature verifies over the inputs as given. */
        VALID,
        /** The signature does not verify over the inputs as given (or the header is unusable). */
        INVALID
    }

    public Explanation {
        Objects.requireNonNull(status, "status");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(report, "report");
    }

    /** Whether the signature verified over the inputs as given. */
    public boolean verified() {
        return status == Status.VALID;
    }

    @Override
    public String toString() {
        return report;
    }
}
