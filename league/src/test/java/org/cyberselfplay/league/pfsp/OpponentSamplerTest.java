package org.cyberselfplay.league.pfsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OpponentSamplerTest {
    private static final OpponentStats STATS =
            new OpponentStats(new double[] {0.0, 0.5, 1.0}, new double[] {0.2, 0.3, 0.5});
    private static final OpponentSampler MIXED =
            OpponentSampler.mix(0.25, OpponentSampler.pfsp(PfspWeighting.hard(2), 0), OpponentSampler.meta());

    @Test
    void mixIsAlphaTimesPfspPlusTheRestTimesMeta() {
        // 0.25 * (0.8, 0.2, 0) + 0.75 * (0.2, 0.3, 0.5)
        assertArrayEquals(new double[] {0.35, 0.275, 0.375}, MIXED.probabilities(STATS), 1e-12);
        OpponentSampler pfsp = OpponentSampler.pfsp(PfspWeighting.hard(2), 0);
        assertArrayEquals(new double[] {0.8, 0.2, 0}, OpponentSampler.mix(1, pfsp, OpponentSampler.meta())
                .probabilities(STATS), 1e-12);
        assertArrayEquals(new double[] {0.2, 0.3, 0.5}, OpponentSampler.mix(0, pfsp, OpponentSampler.meta())
                .probabilities(STATS), 0.0);
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0},
                OpponentSampler.uniform().probabilities(STATS), 1e-15);
    }

    @Test
    void sampleInvertsTheCumulativeDistributionWithOneDraw() {
        double[] p = MIXED.probabilities(STATS);
        SplittableRandom rng = new SplittableRandom(20_240_601L);
        SplittableRandom mirror = new SplittableRandom(20_240_601L);
        for (int k = 0; k < 1000; k++) {
            double u = mirror.nextDouble() * (p[0] + p[1] + p[2]);
            int expected = u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
            assertEquals(expected, MIXED.sample(p, rng), "draw " + k + " at u = " + u);
        }
    }

    @Test
    void aSeededMixtureReproducesExactlyAndFollowsItsProbabilities() {
        double[] p = MIXED.probabilities(STATS);
        int[] first = draws(p, 7L, 100_000);
        assertArrayEquals(first, draws(p, 7L, 100_000));
        assertFalse(Arrays.equals(first, draws(p, 8L, 100_000)));
        int[] counts = new int[3];
        for (int i : first) {
            counts[i]++;
        }
        // The standard error of each share is below 0.0016; 0.008 is five of them.
        for (int i = 0; i < 3; i++) {
            assertEquals(p[i], counts[i] / 100_000.0, 0.008, "opponent " + i);
        }
    }

    @Test
    void anOpponentOfProbabilityZeroIsNeverDrawn() {
        double[] p = OpponentSampler.pfsp(PfspWeighting.hard(2), 0).probabilities(STATS);
        assertEquals(0.0, p[2], 0.0);
        for (int i : draws(p, 11L, 10_000)) {
            assertFalse(i == 2);
        }
    }

    @Test
    void samplingChecksItsDistribution() {
        SplittableRandom rng = new SplittableRandom(1);
        assertThrows(IllegalArgumentException.class, () -> Categorical.sample(new double[] {0.5, 0.4}, rng));
        assertThrows(IllegalArgumentException.class, () -> Categorical.sample(new double[] {1.5, -0.5}, rng));
        assertThrows(IllegalArgumentException.class, () -> Categorical.sample(new double[0], rng));
    }

    @Test
    void configurationAndStatsAreChecked() {
        OpponentSampler pfsp = OpponentSampler.pfsp(PfspWeighting.variance(), 0.05);
        assertThrows(IllegalArgumentException.class, () -> OpponentSampler.mix(1.1, pfsp, OpponentSampler.meta()));
        assertThrows(IllegalArgumentException.class, () -> OpponentSampler.mix(-0.1, pfsp, OpponentSampler.meta()));
        assertThrows(IllegalArgumentException.class, () -> OpponentSampler.pfsp(PfspWeighting.variance(), 2));
        assertThrows(IllegalArgumentException.class,
                () -> new OpponentStats(new double[] {0.5, 0.5}, new double[] {1.0}));
        assertThrows(IllegalArgumentException.class,
                () -> new OpponentStats(new double[] {0.5}, new double[] {0.9}));
        assertThrows(IllegalArgumentException.class, () -> OpponentStats.withUniformMeta(new double[] {2.0}));
    }

    @Test
    void statsAreCopiedInAndOut() {
        double[] rates = {0.1, Double.NaN};
        OpponentStats stats = OpponentStats.withUniformMeta(rates);
        rates[0] = 0.9;
        stats.learnerWinRates()[0] = 0.7;
        assertEquals(0.1, stats.learnerWinRates()[0], 0.0);
        assertArrayEquals(new double[] {0.5, 0.5}, stats.metaMixture(), 0.0);
        assertEquals(OpponentStats.withUniformMeta(new double[] {0.1, Double.NaN}), stats);
    }

    private static int[] draws(double[] p, long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = MIXED.sample(p, rng);
        }
        return out;
    }
}
