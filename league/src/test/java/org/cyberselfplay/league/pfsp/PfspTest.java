package org.cyberselfplay.league.pfsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PfspTest {
    private static final double[] ZERO_HALF_ONE = {0.0, 0.5, 1.0};
    private static final double TOL = 1e-12;

    @Test
    void weightingsAtZeroHalfAndOne() {
        PfspWeighting variance = PfspWeighting.variance();
        assertEquals(0.0, variance.weight(0.0), 0.0);
        assertEquals(0.25, variance.weight(0.5), 0.0);
        assertEquals(0.0, variance.weight(1.0), 0.0);
        PfspWeighting hard = PfspWeighting.hard(2);
        assertEquals(1.0, hard.weight(0.0), 0.0);
        assertEquals(0.25, hard.weight(0.5), 0.0);
        assertEquals(0.0, hard.weight(1.0), 0.0);
        PfspWeighting cubic = PfspWeighting.hard(3);
        assertEquals(0.125, cubic.weight(0.5), 0.0);
        PfspWeighting linear = PfspWeighting.linear();
        assertEquals(1.0, linear.weight(0.0), 0.0);
        assertEquals(0.5, linear.weight(0.5), 0.0);
        assertEquals(0.0, linear.weight(1.0), 0.0);
    }

    @Test
    void probabilitiesAtZeroHalfAndOneWithoutFloor() {
        assertArrayEquals(new double[] {0, 1, 0}, Pfsp.weights(ZERO_HALF_ONE, PfspWeighting.variance(), 0), TOL);
        // (1, 0.25, 0) / 1.25
        assertArrayEquals(new double[] {0.8, 0.2, 0}, Pfsp.weights(ZERO_HALF_ONE, PfspWeighting.hard(2), 0), TOL);
        // (1, 0.5, 0) / 1.5
        assertArrayEquals(new double[] {2 / 3.0, 1 / 3.0, 0}, Pfsp.weights(ZERO_HALF_ONE, PfspWeighting.linear(), 0),
                TOL);
    }

    @Test
    void allZeroWeightsFallBackToUniform() {
        // The learner always wins or always loses: variance weighting gives every opponent weight 0.
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0},
                Pfsp.weights(new double[] {0, 1, 1}, PfspWeighting.variance(), 0), TOL);
        assertArrayEquals(new double[] {0.5, 0.5}, Pfsp.weights(new double[] {1, 1}, PfspWeighting.hard(2), 0.1), TOL);
    }

    @Test
    void floorMixesWithUniformSoNoOpponentIsStarved() {
        // p = (1 - 3 * 0.1) * (0.8, 0.2, 0) + 0.1
        assertArrayEquals(new double[] {0.66, 0.24, 0.1}, Pfsp.weights(ZERO_HALF_ONE, PfspWeighting.hard(2), 0.1),
                TOL);
        // p = 0.4 * (0, 1, 0) + 0.2
        assertArrayEquals(new double[] {0.2, 0.6, 0.2}, Pfsp.weights(ZERO_HALF_ONE, PfspWeighting.variance(), 0.2),
                TOL);
    }

    @Test
    void aFloorOfOneOverNOrMoreIsUniform() {
        double[] uniform = {1 / 3.0, 1 / 3.0, 1 / 3.0};
        assertArrayEquals(uniform, Pfsp.weights(ZERO_HALF_ONE, PfspWeighting.hard(2), 1 / 3.0), TOL);
        assertArrayEquals(uniform, Pfsp.weights(ZERO_HALF_ONE, PfspWeighting.hard(2), 0.9), TOL);
    }

    @Test
    void unknownWinRatesCountAsOneHalf() {
        double[] p = Pfsp.weights(new double[] {Double.NaN, 1.0, 0.5}, PfspWeighting.variance(), 0);
        assertArrayEquals(new double[] {0.5, 0, 0.5}, p, TOL);
        assertArrayEquals(Pfsp.weights(new double[] {0.5, 0.0}, PfspWeighting.linear(), 0.05),
                Pfsp.weights(new double[] {Double.NaN, 0.0}, PfspWeighting.linear(), 0.05), 0.0);
    }

    @Test
    void badInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pfsp.weights(new double[0], PfspWeighting.variance(), 0));
        assertThrows(IllegalArgumentException.class,
                () -> Pfsp.weights(new double[] {1.2}, PfspWeighting.variance(), 0));
        assertThrows(IllegalArgumentException.class,
                () -> Pfsp.weights(new double[] {-0.1}, PfspWeighting.variance(), 0));
        assertThrows(IllegalArgumentException.class,
                () -> Pfsp.weights(new double[] {0.5}, PfspWeighting.variance(), -0.01));
        assertThrows(IllegalArgumentException.class,
                () -> Pfsp.weights(new double[] {0.5}, PfspWeighting.variance(), Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> PfspWeighting.hard(0));
        assertThrows(IllegalArgumentException.class, () -> PfspWeighting.hard(Double.POSITIVE_INFINITY));
    }

    @Test
    void weightingsParseFromConfigNames() {
        assertEquals(PfspWeighting.variance(), PfspWeighting.fromName("variance"));
        assertEquals(PfspWeighting.hard(PfspWeighting.DEFAULT_HARD_EXPONENT), PfspWeighting.fromName(" HARD "));
        assertEquals(PfspWeighting.hard(3), PfspWeighting.fromName("hard", 3));
        assertEquals(PfspWeighting.linear(), PfspWeighting.fromName("linear", 3));
        for (String name : PfspWeighting.NAMES) {
            assertEquals(name, PfspWeighting.fromName(name).name());
        }
    }

    @Test
    void unknownWeightingNamesTheValueAndListsTheAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PfspWeighting.fromName("softmax"));
        assertEquals("unknown PFSP weighting \"softmax\"; accepted: variance, hard, linear", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PfspWeighting.fromName(null));
    }
}
