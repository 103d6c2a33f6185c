package dev.dstorekit.simulator.recording;

/** Why an answer of the POS was not taken, as far as the journal needs to tell. */
public enum AnswerTrouble {
    /** No answer came: time-out or no connection. */
    NO_ANSWER,
    /** The answer had no Signature header. */
    UNSIGNED,
    /** The answer's signature, Client-Id or Response-Time did not verify. */
    BAD_SIGNATURE,
    /** The answer broke its schema. */
    SCHEMA,
    /** Any other reason to refuse it (not HTTP 200, no result, …). */
    REFUSED
}
