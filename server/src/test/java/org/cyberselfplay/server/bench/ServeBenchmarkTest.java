package org.cyberselfplay.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServeBenchmarkTest {
    @Test
    void everyClientPlaysItsStepsWithoutErrors() throws Exception {
        ServeBenchResult r = ServeBenchmark.run(new ServeBenchmark.Options(8, 300, 30, 64, "small", 1,
                Duration.ofSeconds(60)));
        assertEquals(8, r.clients());
        assertEquals(2400, r.steps());
        assertEquals(0, r.errors());
        assertTrue(r.episodes() > 0, "episodes end and clients reset");
        assertTrue(r.stepsPerSecond() > 0 && r.seconds() > 0);
        assertTrue(r.p50Millis() > 0 && r.p50Millis() <= r.p90Millis() && r.p90Millis() <= r.p99Millis()
                && r.p99Millis() <= r.maxMillis());
    }

    @Test
    void refusedClientsCountAsErrors() throws Exception {
        ServeBenchResult r = ServeBenchmark.run(new ServeBenchmark.Options(3, 50, 0, 2, "small", 1,
                Duration.ofSeconds(60)));
        assertEquals(50, r.errors(), "the refused client never played its 50 steps");
        assertEquals(100, r.steps());
    }

    @Test
    void nearestRankPercentiles() {
        long[] sorted = {1_000_000, 2_000_000, 3_000_000, 4_000_000};
        assertEquals(2.0, ServeBenchmark.millis(sorted, 0.5));
        assertEquals(4.0, ServeBenchmark.millis(sorted, 0.99));
        assertEquals(0.0, ServeBenchmark.millis(new long[0], 0.5));
    }

    @Test
    void defaultWarmupSplitsFortyThousandStepsWithAFloor() {
        assertEquals(2500, ServeBenchmark.Options.defaultWarmup(16));
        assertEquals(156, ServeBenchmark.Options.defaultWarmup(256));
        assertEquals(20, ServeBenchmark.Options.defaultWarmup(5000));
    }
}
