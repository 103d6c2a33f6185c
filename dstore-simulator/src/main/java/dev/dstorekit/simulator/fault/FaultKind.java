package dev.dstorekit.simulator.fault;

/**
 * What the simulator does to an inbound POS call instead of (or besides) answering it normally, to exercise the
 * POS's retries.
 */
public enum FaultKind {
    /** Answer {@code U/UNKNOWN_EXCEPTION} without processing. */
    UNKNOWN,
    /** Answer {@code U/REQUEST_TRAFFIC_EXCEED_LIMIT} without processing. */
    TRAFFIC_LIMIT,
    /** Wait {@code delay}, then process and answer normally. */
    DELAY,
    /** Process the call, then close the connection without an answer (the answer is lost). */
    DROP,
    /** Process the call and answer with a signature that does not verify. */
    WRONG_SIGNATURE
}
