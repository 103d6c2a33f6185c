package dev.dstorekit.simulator.load;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleTest {

    @Test
    void aFixedRateIsOneStepAfterItsWarmUp() {
        Schedule schedule = Schedule.fixed(40, Duration.ofMillis(500), Duration.ofSeconds(2));

        assertEquals(100, schedule.requests(), "rate × (warm-up + duration)");
        assertEquals(20, schedule.warmupRequests());
        long[] offsets = schedule.offsets();
        assertEquals(0, offsets[0]);
        assertEquals(25_000_000L, offsets[1], "one every 25 ms");
        assertEquals(500_000_000L, offsets[20], "the measured requests start after the warm-up");
        assertEquals(40.0, schedule.meanRate(), 1e-9);
    }

    @Test
    void stepsFollowEachOtherWithoutAPauseAtTheirOwnRates() {
        Schedule schedule = Schedule.parse("10:2s, 40:1s,10:1s", Duration.ofSeconds(1));

        assertEquals(List.of(new Schedule.Step(10, Duration.ofSeconds(2)), new Schedule.Step(40, Duration.ofSeconds(1)),
                new Schedule.Step(10, Duration.ofSeconds(1))), schedule.steps());
        assertEquals(10 + 20 + 40 + 10, schedule.requests(), "warm-up at the first rate, then each step");
        long[] offsets = schedule.offsets();
        assertEquals(1_000_000_000L, offsets[10], "first measured request");
        assertEquals(3_000_000_000L, offsets[30], "the 40/s step starts after the 2 s step");
        assertEquals(3_025_000_000L, offsets[31]);
        assertEquals(4_000_000_000L, offsets[70], "then the last step");
        for (int i = 1; i < offsets.length; i++) {
            assertTrue(offsets[i] > offsets[i - 1], "due times increase");
        }
        assertEquals(Duration.ofSeconds(4), schedule.measured());
        assertEquals(70 / 4.0, schedule.meanRate(), 1e-9);
    }

    @Test
    void aMalformedStepIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Schedule.parse("600:20s,2200", Duration.ZERO));
        assertTrue(e.getMessage().contains("'2200' is not RATE:DURATION"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Schedule.parse("fast:20s", Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Schedule.parse("0:20s", Duration.ZERO));
    }
}
