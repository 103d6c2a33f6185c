package dev.dstorekit.signature.micronaut;

/**
 * Where the filters report refused signatures. Applications replace the default (which only counts)
 * with one that feeds their metrics registry.
 */
public interface SignatureMetrics {

    /** An inbound call was answered INVALID_SIGNATURE. */
    void inboundRefused(String reason);

    /** The answer to one of our own calls was unsigned or did not verify. */
    void answerRefused(String reason);
}
