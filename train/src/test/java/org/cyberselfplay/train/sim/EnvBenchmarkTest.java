package org.cyberselfplay.train.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.LongSupplier;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;

class EnvBenchmarkTest {
    private final Scenario small = Scenarios.preset("small");

    /** A clock that advances one millisecond per reading, so a run's step count is exact. */
    private static LongSupplier fakeClock() {
        long[] now = {0};
        return () -> now[0] += 1_000_000L;
    }

    @Test
    void timedPartRunsWholeStridesUntilTheClockPassesTheDuration() {
        // warm-up 0.002 s: readings at 1 ms (start), 2 ms (after 0 strides) -> 1 stride, 3 ms -> stop.
        // Timed 0.005 s: start at 4 ms, one stride per reading until 9 ms: 5 strides.
        BenchResult r = EnvBenchmark.run(small, 0.005, 0.002, 0, fakeClock());
        assertEquals(5L * EnvBenchmark.CLOCK_STRIDE, r.steps());
        assertEquals(0.005, r.seconds(), 1e-12);
        assertEquals(r.steps() / 0.005, r.stepsPerSecond(), 1e-6);
        assertTrue(r.episodes() > 0, "4096 steps span many 120-step episodes");
        assertEquals(1, r.threads());
    }

    @Test
    void sameSeedAndStepsGiveTheSameWork() {
        BenchResult a = EnvBenchmark.run(small, 0.003, 0, 11, fakeClock());
        BenchResult b = EnvBenchmark.run(small, 0.003, 0, 11, fakeClock());
        assertEquals(a.steps(), b.steps());
        assertEquals(a.episodes(), b.episodes());
        assertEquals(a.checksum(), b.checksum(), 0.0);
    }

    @Test
    void refusesBadDurations() {
        assertThrows(IllegalArgumentException.class, () -> EnvBenchmark.run(small, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> EnvBenchmark.run(small, 1, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> EnvBenchmark.run(small, Double.NaN, 0, 0));
    }
}
