package dev.dstorekit.signature;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Writes and reads {@code Request-Time} / {@code Response-Time} values. Alipay's docs and SDK versions disagree
 * (ISO 8601 with offset vs. epoch milliseconds), so we send the D-Store FAQ's form,
 * {@code 2023-08-28T22:16:07+08:00}, and accept both when receiving.
 */
public final class RequestTimes {

    /** Seconds precision, numeric offset even for UTC ({@code +00:00}, never {@code Z}). */
    private static final DateTimeFormatter SEND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    /** ISO local date-time (optional fraction) with a {@code +0800}-style offset, as older SDKs wrote it. */
    private static final DateTimeFormatter COMPACT_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendOffset("+HHMM", "Z")
            .toFormatter();

    private static final int MAX_EPOCH_MILLIS_DIGITS = 15;

    private RequestTimes() {
    }

    /** {@code t} at {@code offset}, ISO 8601 to the second, e.g. {@code 2023-08-28T22:16:07+08:00}. */
    public static String format(Instant t, ZoneOffset offset) {
        return OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.SECONDS), offset).format(SEND);
    }

    /** The clock's current instant in the offset its zone has at that instant. */
    public static String now(Clock clock) {
        Instant instant = clock.instant();
        return format(instant, clock.getZone().getRules().getOffset(instant));
    }

    /**
     * Reads an ISO 8601 offset date-time (fraction optional; {@code Z}, {@code +08:00} or {@code +0800}) or
     * epoch milliseconds (digits only).
     *
     * @throws DateTimeParseException if it is neither
     */
    public static Instant parse(String headerValue) throws DateTimeParseException {
        if (headerValue == null) {
            throw new DateTimeParseException("no time value", "", 0);
        }
        String value = headerValue.strip();
        if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (value.length() > MAX_EPOCH_MILLIS_DIGITS) {
                throw new DateTimeParseException("epoch milliseconds out of range", value, 0);
            }
            return Instant.ofEpochMilli(Long.parseLong(value));
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException iso) {
            try {
                return OffsetDateTime.parse(value, COMPACT_OFFSET).toInstant();
            } catch (DateTimeParseException ignored) {
                throw iso;
            }
        }
    }

    /**
     * Whether the time in the header is at most {@code tolerance} away from {@code now}, in either direction
     * (clocks drift both ways).
     *
     * @return {@code false} if the value cannot be parsed
     */
    public static boolean withinTolerance(String headerValue, Instant now, Duration tolerance) {
        Instant t;
        try {
            t = parse(headerValue);
        } catch (DateTimeException e) {
            return false;
        }
        return Duration.between(t, now).abs().compareTo(tolerance) <= 0;
    }
}
