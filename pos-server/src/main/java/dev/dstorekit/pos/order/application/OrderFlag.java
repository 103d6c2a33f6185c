package dev.dstorekit.pos.order.application;

/**
 * Something the merchant must look at on an accepted order.
 *
 * @param flag   UNKNOWN_PRODUCT or AMOUNT_MISMATCH (set by createOrder); OUTBOUND_FAILED is set when D-Store
 *               refuses a message about the order for good
 * @param detail the offending fields, in words; stored cut to {@link #MAX_DETAIL} characters
 */
public record OrderFlag(String flag, String detail) {

    /** The length of {@code order_flags.detail}: a flag may quote many long product ids. */
    public static final int MAX_DETAIL = 1024;

    public static final String UNKNOWN_PRODUCT = "UNKNOWN_PRODUCT";
    public static final String AMOUNT_MISMATCH = "AMOUNT_MISMATCH";
    public static final String OUTBOUND_FAILED = "OUTBOUND_FAILED";
}
