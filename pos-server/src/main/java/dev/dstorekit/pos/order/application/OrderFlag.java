package dev.dstorekit.pos.order.application;

/**
 * Something the merchant must look at on an accepted order.
 *
 * @param flag   UNKNOWN_PRODUCT or AMOUNT_MISMATCH (later also the outbound failures of the next stage)
 * @param detail the offending fields, in words
 */
public record OrderFlag(String flag, String detail) {

    public static final String UNKNOWN_PRODUCT = "UNKNOWN_PRODUCT";
    public static final String AMOUNT_MISMATCH = "AMOUNT_MISMATCH";
}
