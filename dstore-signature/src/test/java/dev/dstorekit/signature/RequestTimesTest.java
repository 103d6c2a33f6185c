package dev.dstorekit.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTimesTest {

    /** 2023-08-28T22:16:07+08:00, the D-Store FAQ sample. */
    private static final Instant FAQ = Instant.parse("2023-08-28T14:16:07Z");
    private static final Duration FIVE_MINUTES = Duration.ofSeconds(300);

    @Test
    void formatsIso8601SecondsWithTheOffsetLikeTheDstoreFaq() {
        assertEquals("2023-08-28T22:16:07+08:00", RequestTimes.format(FAQ, ZoneOffset.ofHours(8)));
    }

    @Test
    void formatsUtcAsPlusZeroNotZ() {
        assertEquals("2023-08-28T14:16:07+00:00", RequestTimes.format(FAQ, ZoneOffset.UTC));
    }

    @Test
    void dropsFractionsOfASecond() {
        assertEquals("2023-08-28T14:16:07+00:00", RequestTimes.format(FAQ.plusMillis(999), ZoneOffset.UTC));
    }

    @Test
    void nowUsesTheClockAndTheOffsetOfItsZoneAtThatInstant() {
        assertEquals("2023-08-28T22:16:07+08:00",
                RequestTimes.now(Clock.fixed(FAQ, ZoneId.of("Asia/Singapore"))));
        assertEquals("2023-08-28T16:16:07+02:00", RequestTimes.now(Clock.fixed(FAQ, ZoneId.of("Europe/Berlin"))));
        assertEquals("2023-01-28T15:16:07+01:00",
                RequestTimes.now(Clock.fixed(Instant.parse("2023-01-28T14:16:07Z"), ZoneId.of("Europe/Berlin"))));
    }

    @Test
    void formatAndParseRoundTrip() {
        for (ZoneOffset offset : new ZoneOffset[] {ZoneOffset.UTC, ZoneOffset.ofHours(8), ZoneOffset.ofHoursMinutes(5, 30),
                ZoneOffset.ofHours(-7)}) {
            assertEquals(FAQ, RequestTimes.parse(RequestTimes.format(FAQ, offset)));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "2023-08-28T22:16:07+08:00, 2023-08-28T14:16:07Z",
            "2023-08-28T14:16:07Z, 2023-08-28T14:16:07Z",
            "2023-08-28T14:16:07+00:00, 2023-08-28T14:16:07Z",
            "2019-04-04T12:08:56.253+05:30, 2019-04-04T06:38:56.253Z",
            "2023-08-28T14:16:07.123456789Z, 2023-08-28T14:16:07.123456789Z",
            "2023-08-28T22:16:07+0800, 2023-08-28T14:16:07Z",
            "1685599933871, 2023-06-01T06:12:13.871Z",
            "0, 1970-01-01T00:00:00Z"})
    void parsesIsoOffsetDateTimesAndEpochMilliseconds(String header, String expected) {
        assertEquals(Instant.parse(expected), RequestTimes.parse(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2023-08-28T22:16:07", "2023-08-28 22:16:07+08:00", "-1685599933871",
            "1685599933871.5", "99999999999999999999", "2023-13-28T22:16:07+08:00"})
    void refusesAnythingElse(String header) {
        assertThrows(DateTimeParseException.class, () -> RequestTimes.parse(header));
    }

    /** The hand-read usual form must accept and refuse exactly what ISO_OFFSET_DATE_TIME does. */
    @Test
    void theUsualFormReadsExactlyLikeTheIsoFormatter() {
        Random random = new Random(42);
        List<String> values = new ArrayList<>(List.of("2024-02-29T23:59:59+14:00",
                "2023-02-29T12:00:00Z", "2023-04-31T12:00:00+08:00", "2023-08-28T24:00:00+08:00",
                "2023-08-28T23:60:00+08:00", "2023-08-28T23:59:60+08:00", "2023-08-28T22:16:07+18:00",
                "2023-08-28T22:16:07-18:00", "2023-08-28T22:16:07+18:01", "2023-08-28T22:16:07-00:00",
                "2023-08-28T22:16:07+08:60", "2023-00-28T22:16:07+08:00", "2023-08-00T22:16:07+08:00",
                "2023-08-2xT22:16:07+08:00", "2023-08-28T22:16:07+0a:00", "0000-01-01T00:00:00Z"));
        for (int i = 0; i < 20_000; i++) {
            String offset = random.nextInt(4) == 0 ? "Z"
                    : String.format("%s%02d:%02d", random.nextBoolean() ? "+" : "-", random.nextInt(20), random.nextInt(62));
            values.add(String.format("%04d-%02d-%02dT%02d:%02d:%02d%s", 1990 + random.nextInt(50), random.nextInt(14),
                    random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62), offset));
        }
        for (String value : values) {
            Instant iso;
            try {
                iso = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                iso = null;
            }
            if (iso == null) {
                assertThrows(DateTimeParseException.class, () -> RequestTimes.parse(value), value);
            } else {
                assertEquals(iso, RequestTimes.parse(value), value);
            }
        }
    }

    @Test
    void refusesNull() {
        assertThrows(DateTimeParseException.class, () -> RequestTimes.parse(null));
    }

    @Test
    void toleranceAcceptsTimesExactlyAtTheBoundaryInBothDirections() {
        assertTrue(RequestTimes.withinTolerance(RequestTimes.format(FAQ.minusSeconds(300), ZoneOffset.UTC), FAQ, FIVE_MINUTES));
        assertTrue(RequestTimes.withinTolerance(RequestTimes.format(FAQ.plusSeconds(300), ZoneOffset.UTC), FAQ, FIVE_MINUTES));
        assertTrue(RequestTimes.withinTolerance(Long.toString(FAQ.plusSeconds(300).toEpochMilli()), FAQ, FIVE_MINUTES));
    }

    @Test
    void toleranceRefusesTimesJustPastTheBoundaryInBothDirections() {
        assertFalse(RequestTimes.withinTolerance(RequestTimes.format(FAQ.minusSeconds(301), ZoneOffset.UTC), FAQ, FIVE_MINUTES));
        assertFalse(RequestTimes.withinTolerance(RequestTimes.format(FAQ.plusSeconds(301), ZoneOffset.UTC), FAQ, FIVE_MINUTES));
        assertFalse(RequestTimes.withinTolerance(Long.toString(FAQ.minusMillis(300_001).toEpochMilli()), FAQ, FIVE_MINUTES));
    }

    @Test
    void toleranceIsFalseForUnparsableOrMissingTimes() {
        assertFalse(RequestTimes.withinTolerance("soon", FAQ, FIVE_MINUTES));
        assertFalse(RequestTimes.withinTolerance(null, FAQ, FIVE_MINUTES));
    }
}
