package org.cyberselfplay.league.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MeanIntervalTest {

    @Test
    void matchesHandComputedValues() {
        // mean 2.5, sample variance 1.6667, s/sqrt(n) = 0.645497, half = 1.959964 * 0.645497 = 1.265151
        MeanInterval m = MeanInterval.of(new double[] {1, 2, 3, 4});
        assertEquals(2.5, m.mean(), 1e-12);
        assertEquals(2.5 - 1.265151, m.lower(), 1e-6);
        assertEquals(2.5 + 1.265151, m.upper(), 1e-6);
        assertEquals(1.265151, m.halfWidth(), 1e-6);
    }

    @Test
    void constantSamplesAndSingletonsHaveNoSpread() {
        MeanInterval c = MeanInterval.of(new double[] {-3, -3, -3});
        assertEquals(-3, c.lower(), 0);
        assertEquals(-3, c.upper(), 0);
        MeanInterval one = MeanInterval.of(new double[] {7});
        assertEquals(7, one.lower(), 0);
        assertEquals(7, one.upper(), 0);
    }

    @Test
    void refusesAnEmptySample() {
        assertThrows(IllegalArgumentException.class, () -> MeanInterval.of(new double[0]));
    }
}
