package dev.dstorekit.conformance.pos;

/** Deliberate defects of the in-test POS; each must be caught by the right conformance case. */
public enum Flaw {
    /** Accepts any signature (Client-Id and Request-Time are still checked). */
    SKIPS_SIGNATURE_CHECKS,
    /** Makes a new posOrderId for every createOrder, replays included. */
    NEW_POS_ORDER_ID_ON_REPLAY,
    /** Answers HTTP 500 with a stack trace instead of F/PARAM_ILLEGAL. */
    HTTP_500_ON_BAD_INPUT,
    /** Sends answers without Signature, Response-Time and Client-Id headers. */
    UNSIGNED_ANSWERS,
    /** Reports a live order as "IN_KITCHEN", which is not in the InquiryOrderStatus enum. */
    STATUS_OUTSIDE_ENUM,
    /** Takes longer than the createOrder budget to answer. */
    SLOW_CREATE_ORDER,
    /** Calls D-Store without a Signature header. */
    OUTBOUND_UNSIGNED,
    /** Retries a call D-Store answered U under a new requestId. */
    OUTBOUND_NEW_REQUEST_ID_ON_RETRY,
    /** Reports PREPARING then COMPLETED, skipping READY. */
    OUTBOUND_SKIPS_A_STEP,
    /** Never calls D-Store. */
    NO_OUTBOUND,
    /**
     * Stores posProductId and name of lines and modifiers in 64-character columns, shorter than the spec's maxLength
     * of 255: a longer one fails the insert, which the POS answers U/UNKNOWN_EXCEPTION, on every retry.
     */
    SHORT_COLUMNS,
    /**
     * Checks maxLength in UTF-16 units ({@code String.length()}, as Bean Validation's {@code @Size} does) instead of
     * code points: a 255-emoji string is refused as too long with F/PARAM_ILLEGAL.
     */
    LENGTH_IN_UTF16_UNITS,
    /** Totals the order in int arithmetic: quantity × unitPrice past 2^31 throws, answered U/UNKNOWN_EXCEPTION. */
    INT_OVERFLOW
}
