package dev.dstorekit.simulator.journal;

/** The simulator's overall judgement of one message, for filtering: the worst of its findings. */
public enum Verdict {
    /** Signed right, valid against the spec, no rule broken. */
    OK,
    /** Only warnings (a rule D-Store does not enforce strictly). */
    WARNING,
    /** A broken rule: bad signature, schema violation, forbidden transition, … */
    VIOLATION,
    /** No answer: the call timed out or the connection failed. */
    NO_ANSWER
}
