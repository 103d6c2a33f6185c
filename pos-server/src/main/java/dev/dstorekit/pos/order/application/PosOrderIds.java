package dev.dstorekit.pos.order.application;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * posOrderId: {@code POS-<order date>-<sequence>}, e.g. {@code POS-20240315-000123}. The sequence comes from the
 * database, so ids are unique across instances; the date is the order's local date (the offset D-Store sent),
 * which makes the id readable for the merchant.
 */
public final class PosOrderIds {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private PosOrderIds() {
    }

    public static String of(long sequence, OffsetDateTime orderDate) {
        return "POS-" + orderDate.toLocalDate().format(DATE) + "-" + String.format("%06d", sequence);
    }
}
