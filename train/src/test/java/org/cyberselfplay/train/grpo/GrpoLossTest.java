package org.cyberselfplay.train.grpo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GrpoLossTest {
    private static final double LN_HALF = Math.log(0.5);

    @Test
    void ratioOneGivesTheAdvantage() {
        assertEquals(1.0, GrpoLoss.ratio(-1.3, -1.3), 0.0);
        for (double a : new double[] {-2.0, 0.0, 0.7}) {
            assertEquals(a, GrpoLoss.surrogate(1.0, a, 0.2, 0.2), 0.0);
            assertFalse(GrpoLoss.clipped(1.0, a, 0.2, 0.2));
        }
    }

    @Test
    void clippingBindsOnlyWhereItLowersTheObjective() {
        // rho 1.5, A 2: min(3.0, 1.2 * 2 = 2.4) = 2.4, clipped above.
        assertEquals(2.4, GrpoLoss.surrogate(1.5, 2.0, 0.2, 0.2), 1e-15);
        assertTrue(GrpoLoss.clipped(1.5, 2.0, 0.2, 0.2));
        // The same with epsilon_high 0.28: 1.28 * 2 = 2.56.
        assertEquals(2.56, GrpoLoss.surrogate(1.5, 2.0, 0.2, 0.28), 1e-15);
        // rho 0.5, A -1: min(-0.5, 0.8 * -1 = -0.8) = -0.8, clipped below.
        assertEquals(-0.8, GrpoLoss.surrogate(0.5, -1.0, 0.2, 0.2), 1e-15);
        assertTrue(GrpoLoss.clipped(0.5, -1.0, 0.2, 0.2));
        // rho 1.5, A -1: min(-1.5, -1.2) = -1.5: the unclipped term is the minimum.
        assertEquals(-1.5, GrpoLoss.surrogate(1.5, -1.0, 0.2, 0.2), 1e-15);
        assertFalse(GrpoLoss.clipped(1.5, -1.0, 0.2, 0.2));
        // rho 0.5, A 2: min(1.0, 1.6) = 1.0, unclipped.
        assertEquals(1.0, GrpoLoss.surrogate(0.5, 2.0, 0.2, 0.2), 1e-15);
        assertFalse(GrpoLoss.clipped(0.5, 2.0, 0.2, 0.2));
        // Inside the range nothing binds: rho 1.1, A 3 gives 3.3.
        assertEquals(3.3, GrpoLoss.surrogate(1.1, 3.0, 0.2, 0.2), 1e-15);
    }

    @Test
    void k3IsZeroAtTheReferenceAndPositiveElsewhere() {
        assertEquals(0.0, GrpoLoss.k3(-0.7, -0.7), 0.0);
        // logp = ln 0.5, ref = ln 0.25: d = ln 0.5, exp(d) - d - 1 = 0.5 + 0.693147 - 1 = 0.193147.
        assertEquals(0.1931471805599454, GrpoLoss.k3(LN_HALF, Math.log(0.25)), 1e-15);
        assertTrue(GrpoLoss.k3(-2.0, -0.5) > 0);
        assertTrue(GrpoLoss.k3(-0.5, -2.0) > 0);
    }

    @Test
    void oneDecisionWithKlAndEntropyByHand() {
        // Two legal logits of 0 (p = 0.5 each, H = ln 2), a masked logit of 5; rho = 1, A = 1; ref ln 0.25.
        // l = -(1 - 0.1 * 0.193147) - 0.01 * ln 2 = -0.987617.
        DecisionBatch batch = new DecisionBatch(new boolean[][] {{true, true, false}}, new int[] {0},
                new double[] {LN_HALF}, new double[] {Math.log(0.25)}, new double[] {1.0}, new int[] {0});
        LossCoefficients c = new LossCoefficients(0.2, 0.2, 0.1, 0.01);
        double[][] grad = new double[1][3];
        GrpoLoss.Metrics m = GrpoLoss.evaluate(new double[][] {{0, 0, 5}}, batch, new double[] {1.0}, c, grad);
        assertEquals(-0.987616753749605, m.loss(), 1e-15);
        assertEquals(0.1931471805599454, m.meanKl(), 1e-15);
        assertEquals(Math.log(2), m.meanEntropy(), 1e-15);
        assertEquals(0.0, m.clipRatio(), 0.0);
        // g = -rho A + beta (1 - exp(ref - logp)) = -1 + 0.1 * 0.5 = -0.95; dL/dz = g (1[j=a] - 0.5);
        // the entropy term p (log p + H) is 0 at the uniform distribution.
        assertArrayEquals(new double[] {-0.475, 0.475, 0.0}, grad[0], 1e-15);
    }

    @Test
    void grpoAndDrGrpoAggregateByHand() {
        // Sequence 0 has one decision (A 1), sequence 1 three (A 2, 3, 4); rho 1, no KL, no entropy: l = -A.
        DecisionBatch batch = uniformBatch(new double[] {1, 2, 3, 4}, new int[] {0, 1, 1, 1});
        double[][] logits = new double[4][2];
        LossCoefficients c = LossCoefficients.of(0.2, 0.0);
        double[] grpo = GrpoLoss.weights(batch.sequenceOf(), LossType.GRPO, 0);
        assertArrayEquals(new double[] {1.0 / 2, 1.0 / 6, 1.0 / 6, 1.0 / 6}, grpo, 1e-15);
        // grpo: (-1 + (-2 - 3 - 4) / 3) / 2 = -2.
        assertEquals(-2.0, GrpoLoss.loss(logits, batch, grpo, c), 1e-15);
        double[] dr = GrpoLoss.weights(batch.sequenceOf(), LossType.DR_GRPO, 4);
        assertArrayEquals(new double[] {0.125, 0.125, 0.125, 0.125}, dr, 0.0);
        // dr_grpo: (-1 - 2 - 3 - 4) / (2 sequences * 4) = -1.25.
        assertEquals(-1.25, GrpoLoss.loss(logits, batch, dr, c), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> GrpoLoss.weights(batch.sequenceOf(), LossType.DR_GRPO, 2));
    }

    @Test
    void clipRatioIsTheShareOfDecisionsWhoseClippedTermBinds() {
        // Ratios 1.5 (A 2: clipped), 0.5 (A -1: clipped), 1.5 (A -1: not), 1.0 (A 1: not).
        double[] rho = {1.5, 0.5, 1.5, 1.0};
        double[] adv = {2.0, -1.0, -1.0, 1.0};
        double[] old = new double[4];
        for (int i = 0; i < 4; i++) {
            old[i] = LN_HALF - Math.log(rho[i]);
        }
        DecisionBatch batch = new DecisionBatch(masks(4, 2), new int[4], old, null, adv, new int[] {0, 1, 2, 3});
        double[] w = GrpoLoss.weights(batch.sequenceOf(), LossType.GRPO, 0);
        GrpoLoss.Metrics m = GrpoLoss.evaluate(new double[4][2], batch, w, LossCoefficients.of(0.2, 0.0), null);
        assertEquals(0.5, m.clipRatio(), 0.0);
        assertEquals(0.0, m.meanKl(), 0.0);
        // -(2.4 - 0.8 - 1.5 + 1.0) / 4 = -0.275.
        assertEquals(-0.275, m.loss(), 1e-12);
    }

    @Test
    void invalidSettingsAndBatchesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LossCoefficients(1.5, 0.2, -1, 0));
        assertEquals("invalid GRPO coefficients: epsilon: must be in (0, 1), got 1.5; beta: must be >= 0, got -1.0",
                e.getMessage());
        DecisionBatch noRef = uniformBatch(new double[] {1}, new int[] {0});
        assertThrows(IllegalArgumentException.class, () -> GrpoLoss.loss(new double[1][2], noRef, new double[] {1},
                LossCoefficients.of(0.2, 0.04)));
        assertThrows(IllegalArgumentException.class, () -> new DecisionBatch(new boolean[][] {{true, false}},
                new int[] {1}, new double[] {0}, null, new double[] {0}, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new DecisionBatch(new boolean[][] {{true, true}},
                new int[] {0}, new double[] {Double.NaN}, null, new double[] {0}, new int[] {0}));
    }

    /** Decisions over two legal zero logits, action 0, sampled by the same policy (rho 1). */
    private static DecisionBatch uniformBatch(double[] advantages, int[] sequenceOf) {
        int n = advantages.length;
        double[] old = new double[n];
        Arrays.fill(old, LN_HALF);
        return new DecisionBatch(masks(n, 2), new int[n], old, null, advantages, sequenceOf);
    }

    private static boolean[][] masks(int rows, int width) {
        boolean[][] m = new boolean[rows][width];
        for (boolean[] row : m) {
            Arrays.fill(row, true);
        }
        return m;
    }
}
