package org.cyberselfplay.agents.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MaskedCategoricalTest {
    private static final float[] LOGITS = {1f, 2f, 3f, 100f};
    private static final boolean[] MASK = {true, true, true, false};

    @Test
    void probabilitiesAreTheSoftmaxOverLegalEntries() {
        // e^1, e^2, e^3 normalised: 2.718282 / 30.192880, 7.389056 / 30.192880, 20.085537 / 30.192880
        double[] p = MaskedCategorical.probabilities(LOGITS, MASK);
        assertArrayEquals(new double[] {0.09003057317038046, 0.24472847105479767, 0.6652409557748219, 0.0}, p, 1e-12);
        double[] lp = MaskedCategorical.logProbabilities(LOGITS, MASK);
        assertEquals(-2.40760596444438, lp[0], 1e-12);
        assertEquals(-1.40760596444438, lp[1], 1e-12);
        assertEquals(-0.40760596444438, lp[2], 1e-12);
        assertEquals(Double.NEGATIVE_INFINITY, lp[3]);
        assertEquals(-1.40760596444438, MaskedCategorical.logProbability(LOGITS, MASK, 1), 1e-12);
        assertEquals(Double.NEGATIVE_INFINITY, MaskedCategorical.logProbability(LOGITS, MASK, 3));
    }

    @Test
    void entropyMatchesHandValues() {
        // -(0.0900306 ln 0.0900306 + 0.2447285 ln 0.2447285 + 0.6652410 ln 0.6652410)
        assertEquals(0.8323955818, MaskedCategorical.entropy(LOGITS, MASK), 1e-9);
        float[] flat = {5f, 5f, 5f, 5f, -3f};
        boolean[] four = {true, true, true, true, false};
        assertEquals(Math.log(4), MaskedCategorical.entropy(flat, four), 1e-12);
        assertEquals(0.0, MaskedCategorical.entropy(flat, new boolean[] {false, false, true, false, false}), 0.0);
    }

    @Test
    void largeLogitsDoNotOverflow() {
        float[] big = {1000f, 1000f, -1000f};
        boolean[] all = {true, true, true};
        assertArrayEquals(new double[] {0.5, 0.5, 0.0}, MaskedCategorical.probabilities(big, all), 1e-12);
        assertEquals(Math.log(2), MaskedCategorical.entropy(big, all), 1e-12);
    }

    @Test
    void inverseCdfPicksTheFirstLegalEntryPastTheDraw() {
        double[] p = {0.2, 0.5, 0.3, 0.0};
        boolean[] mask = {true, true, true, false};
        assertEquals(0, MaskedCategorical.inverseCdf(p, mask, 0.0));
        assertEquals(0, MaskedCategorical.inverseCdf(p, mask, 0.19999));
        assertEquals(1, MaskedCategorical.inverseCdf(p, mask, 0.2));
        assertEquals(1, MaskedCategorical.inverseCdf(p, mask, 0.69999));
        assertEquals(2, MaskedCategorical.inverseCdf(p, mask, 0.7));
        assertEquals(2, MaskedCategorical.inverseCdf(p, mask, 0.9999999999999999), "rounding falls back to last");
        // a masked entry is skipped even if its array slot holds mass
        assertEquals(2, MaskedCategorical.inverseCdf(new double[] {0.2, 0.5, 0.3}, new boolean[] {true, false, true},
                0.3));
    }

    @Test
    void sampleUsesExactlyOneNextDouble() {
        double[] p = {0.2, 0.5, 0.3};
        boolean[] mask = {true, true, true};
        SplittableRandom rng = new SplittableRandom(42L);
        SplittableRandom reference = new SplittableRandom(42L);
        for (int i = 0; i < 100; i++) {
            double u = reference.nextDouble();
            assertEquals(MaskedCategorical.inverseCdf(p, mask, u), MaskedCategorical.sample(p, mask, rng));
        }
        assertEquals(reference.nextLong(), rng.nextLong());
    }

    @Test
    void sampleFrequenciesFollowTheProbabilities() {
        double[] p = MaskedCategorical.probabilities(LOGITS, MASK);
        SplittableRandom rng = new SplittableRandom(7L);
        int n = 200_000;
        int[] counts = new int[4];
        for (int i = 0; i < n; i++) {
            counts[MaskedCategorical.sample(p, MASK, rng)]++;
        }
        assertEquals(0, counts[3]);
        for (int i = 0; i < 3; i++) {
            // 6 standard deviations of a binomial proportion: cannot flake with a fixed seed anyway
            assertEquals(p[i], counts[i] / (double) n, 6 * Math.sqrt(p[i] * (1 - p[i]) / n));
        }
    }

    @Test
    void argmaxIgnoresMaskedEntriesAndBreaksTiesLow() {
        assertEquals(2, MaskedCategorical.argmax(LOGITS, MASK));
        assertEquals(1, MaskedCategorical.argmax(new float[] {9f, 4f, 4f}, new boolean[] {false, true, true}));
    }

    @Test
    void anEmptyMaskOrNonFiniteLegalLogitIsRefused() {
        boolean[] none = new boolean[4];
        assertThrows(IllegalArgumentException.class, () -> MaskedCategorical.probabilities(LOGITS, none));
        assertThrows(IllegalArgumentException.class, () -> MaskedCategorical.argmax(LOGITS, none));
        assertThrows(IllegalArgumentException.class,
                () -> MaskedCategorical.sample(new double[4], none, new SplittableRandom(1L)));
        assertThrows(IllegalArgumentException.class,
                () -> MaskedCategorical.entropy(new float[] {Float.NaN, 0f}, new boolean[] {true, true}));
    }
}
