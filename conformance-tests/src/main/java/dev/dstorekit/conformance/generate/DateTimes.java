package dev.dstorekit.conformance.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/** RFC 3339 date-times, as {@code format: date-time} allows them: the usual form and the odd but valid ones. */
final class DateTimes {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 7 * 365;
    /** The extreme offsets (−12:00, +14:00), UTC written both ways, and the unusual quarter and half hours. */
    private static final String[] ODD_OFFSETS = {"-12:00", "+14:00", "Z", "+00:00", "+05:45", "-09:30", "+13:45"};
    private static final LocalDateTime[] ODD_INSTANTS = {
            LocalDateTime.of(2024, 2, 29, 0, 0, 0), LocalDateTime.of(2028, 2, 29, 23, 59, 59),
            LocalDateTime.of(2025, 12, 31, 23, 59, 59), LocalDateTime.of(2026, 1, 1, 0, 0, 0)};

    private DateTimes() {
    }

    /** {@code 2026-05-14T18:03:27+08:00}: seconds, Singapore's offset. */
    static String ordinary(SplittableRandom random) {
        return format(instant(random), "", "+08:00");
    }

    /** Fractional seconds of 1 to 9 digits, offsets from −12:00 to +14:00 or Z, leap days and year ends. */
    static String odd(SplittableRandom random) {
        LocalDateTime instant = random.nextInt(3) == 0 ? ODD_INSTANTS[random.nextInt(ODD_INSTANTS.length)] : instant(random);
        StringBuilder fraction = new StringBuilder();
        if (random.nextInt(4) != 0) {
            fraction.append('.');
            int digits = 1 + random.nextInt(9);
            for (int i = 0; i < digits; i++) {
                fraction.append(i == digits - 1 ? (char) ('1' + random.nextInt(9)) : (char) ('0' + random.nextInt(10)));
            }
        }
        return format(instant, fraction.toString(), ODD_OFFSETS[random.nextInt(ODD_OFFSETS.length)]);
    }

    private static LocalDateTime instant(SplittableRandom random) {
        return FIRST.plusDays(random.nextInt(DAYS)).atStartOfDay().plusSeconds(random.nextInt(86_400));
    }

    private static String format(LocalDateTime t, String fraction, String offset) {
        return String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond(), fraction, offset);
    }
}
