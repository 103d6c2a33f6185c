package dev.dstorekit.signature;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
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
        Instant usual = parseUsualForm(value);
        if (usual != null) {
            return usual;
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
     * The form nearly every request carries, {@code 2023-08-28T22:16:07+08:00} (or {@code …07Z}), read without
     * {@link DateTimeFormatter}, which costs a few percent of a whole createOrder on the event loop. Same result
     * and same refusals as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} (RequestTimesTest compares them).
     *
     * @return null when the value is not in exactly this form (the formatter then decides)
     * @throws DateTimeParseException when it is in this form but names no real date-time or offset (e.g. month 13)
     */
    private static Instant parseUsualForm(String v) {
        boolean utc = v.length() == 20 && v.charAt(19) == 'Z';
        boolean offset = v.length() == 25 && (v.charAt(19) == '+' || v.charAt(19) == '-') && v.charAt(22) == ':';
        if (!(utc || offset) || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T' || v.charAt(13) != ':'
                || v.charAt(16) != ':') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = digits(v, 17, 2);
        int offsetHours = utc ? 0 : digits(v, 20, 2);
        int offsetMinutes = utc ? 0 : digits(v, 23, 2);
        if ((year | month | day | hour | minute | second | offsetHours | offsetMinutes) < 0) {
            return null;
        }
        try {
            int sign = !utc && v.charAt(19) == '-' ? -1 : 1;
            ZoneOffset zone = ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(zone);
        } catch (DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), v, 0, e);
        }
    }

    /** The decimal number in {@code v[from, from + count)}, or -1 if any of it is not an ASCII digit. */
    private static int digits(String v, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
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
