package org.cyberselfplay.league.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {
    private static final double Z2 = WilsonInterval.Z95 * WilsonInterval.Z95;

    @Test
    void zeroSuccessesSpanZeroToClosedFormUpperBound() {
        WilsonInterval ci = WilsonInterval.of(0, 10);
        // At p = 0 the Wilson bounds are 0 and z^2 / (n + z^2) = 3.8415 / 13.8415.
        assertEquals(0.0, ci.lower(), 0.0);
        assertEquals(Z2 / (10 + Z2), ci.upper(), 1e-12);
        assertEquals(0.277533, ci.upper(), 1e-6);
        assertEquals(0.0, ci.rate(), 0.0);
    }

    @Test
    void allSuccessesMirrorZeroSuccesses() {
        WilsonInterval ci = WilsonInterval.of(10, 10);
        assertEquals(10 / (10 + Z2), ci.lower(), 1e-12);
        assertEquals(0.722467, ci.lower(), 1e-6);
        assertEquals(1.0, ci.upper(), 0.0);
    }

    @Test
    void halfIsCentredOnOneHalf() {
        // centre 0.5; half-width z / (1 + z^2/10) * sqrt(0.025 + z^2/400) = 0.263407
        WilsonInterval ci = WilsonInterval.of(5, 10);
        assertEquals(0.236593, ci.lower(), 1e-6);
        assertEquals(0.763407, ci.upper(), 1e-6);
        assertEquals(1.0, ci.lower() + ci.upper(), 1e-12);
        assertTrue(ci.contains(0.5));
    }

    @Test
    void oneOfOneAndThreeOfTwenty() {
        WilsonInterval one = WilsonInterval.of(1, 1);
        assertEquals(1 / (1 + Z2), one.lower(), 1e-12);
        assertEquals(1.0, one.upper(), 0.0);
        WilsonInterval three = WilsonInterval.of(3, 20);
        assertEquals(0.052369, three.lower(), 1e-6);
        assertEquals(0.360419, three.upper(), 1e-6);
    }

    @Test
    void narrowsAsTrialsGrowAtTheSameRate() {
        WilsonInterval small = WilsonInterval.of(3, 10);
        WilsonInterval large = WilsonInterval.of(300, 1000);
        assertTrue(large.upper() - large.lower() < small.upper() - small.lower());
        assertTrue(large.contains(0.3));
    }

    @Test
    void refusesImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(0, 0));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(11, 10));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(1, 10, 0.0));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(1, 10, Double.NaN));
    }
}
