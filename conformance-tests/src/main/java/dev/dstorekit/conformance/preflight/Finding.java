package dev.dstorekit.conformance.preflight;

/**
 * One result of the go-live check, with the explanation an operator needs to act on it.
 *
 * @param check       short stable name of the check, e.g. {@code pos-endpoint-https}
 * @param verdict     passed, failed, or not run here
 * @param explanation what was found and, for a failure, what to change
 */
public record Finding(String check, Verdict verdict, String explanation) {

    /** {@code SKIPPED} is not a failure: the check could not run from here (e.g. the gateway is not reachable). */
    public enum Verdict {
        PASS, FAIL, SKIPPED
    }

    static Finding pass(String check, String explanation) {
        return new Finding(check, Verdict.PASS, explanation);
    }

    static Finding fail(String check, String explanation) {
        return new Finding(check, Verdict.FAIL, explanation);
    }

    static Finding skipped(String check, String explanation) {
        return new Finding(check, Verdict.SKIPPED, explanation);
    }
}
