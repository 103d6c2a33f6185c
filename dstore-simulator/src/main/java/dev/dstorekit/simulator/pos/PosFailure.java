package dev.dstorekit.simulator.pos;

/**
 * Why a call to the POS produced no trustworthy answer.
 *
 * @param kind   the class of failure, which decides the violation and D-Store's reaction
 * @param detail what exactly happened, for the timeline and the report
 */
public record PosFailure(Kind kind, String detail) {

    public enum Kind {
        /** No answer within the client's read timeout (for createOrder: the 8-second budget). */
        TIMEOUT,
        /** The answer had no Signature header. */
        UNSIGNED,
        /** The answer's signature, Client-Id or Response-Time did not verify. */
        BAD_SIGNATURE,
        /** The answer was not HTTP 200. */
        NON_200,
        /** HTTP 200 without a result object (or not JSON at all). */
        NO_RESULT,
        /** The answer broke its spec schema. */
        SCHEMA,
        /** The POS could not be reached. */
        UNREACHABLE,
        /** Anything else (the detail says what). */
        ERROR
    }

    @Override
    public String toString() {
        return kind + ": " + detail;
    }
}
