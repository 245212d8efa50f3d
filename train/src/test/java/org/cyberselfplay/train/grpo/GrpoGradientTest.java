package org.cyberselfplay.train.grpo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The analytic dL/dlogits of {@link GrpoLoss} against central finite differences of {@link GrpoLoss#loss}. */
class GrpoGradientTest {
    /** Ratios that keep clear of the clip bounds (0.8 and 1.28) so the loss is smooth around each. */
    private static final double[] RATIOS = {0.55, 0.7, 0.9, 1.0, 1.1, 1.4, 1.7};
    private static final double H = 1e-6;

    @Test
    void analyticGradientMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(20240205L);
        int clipped = 0;
        int unclippedOutside = 0;
        for (int trial = 0; trial < 24; trial++) {
            Case k = Case.random(rng, 7, 6);
            LossCoefficients c = new LossCoefficients(0.2, 0.28, new double[] {0.0, 0.04, 0.3}[trial % 3],
                    new double[] {0.0, 0.01, 0.2}[(trial / 3) % 3]);
            LossType type = trial % 2 == 0 ? LossType.GRPO : LossType.DR_GRPO;
            double[] w = GrpoLoss.weights(k.batch.sequenceOf(), type, k.batch.size());
            double[][] grad = new double[k.logits.length][k.logits[0].length];
            GrpoLoss.evaluate(k.logits, k.batch, w, c, grad);
            checkAgainstFiniteDifferences(k, w, c, grad);
            for (int i = 0; i < k.batch.size(); i++) {
                double rho = k.ratio[i];
                double a = k.batch.advantages()[i];
                clipped += GrpoLoss.clipped(rho, a, 0.2, 0.28) ? 1 : 0;
                unclippedOutside += (rho < 0.8 || rho > 1.28) && !GrpoLoss.clipped(rho, a, 0.2, 0.28) ? 1 : 0;
            }
        }
        assertTrue(clipped > 10 && unclippedOutside > 10, "both branches covered: " + clipped + ", "
                + unclippedOutside);
    }

    @Test
    void perRowFunctionAgreesWithTheBatchGradient() {
        Case k = Case.random(new SplittableRandom(7), 5, 4);
        LossCoefficients c = new LossCoefficients(0.2, 0.2, 0.1, 0.05);
        double[] w = GrpoLoss.weights(k.batch.sequenceOf(), LossType.GRPO, 0);
        double[][] grad = new double[5][4];
        GrpoLoss.evaluate(k.logits, k.batch, w, c, grad);
        for (int i = 0; i < 5; i++) {
            double[] row = new double[4];
            GrpoLoss.dLossDLogits(k.logits[i], k.batch.masks()[i], k.batch.actions()[i], k.batch.logpOld()[i],
                    k.batch.logpRef()[i], k.batch.advantages()[i], w[i], c, row);
            for (int j = 0; j < 4; j++) {
                assertEquals(grad[i][j], row[j], 0.0);
            }
        }
    }

    private static void checkAgainstFiniteDifferences(Case k, double[] w, LossCoefficients c, double[][] grad) {
        for (int i = 0; i < k.logits.length; i++) {
            for (int j = 0; j < k.logits[i].length; j++) {
                if (!k.batch.masks()[i][j]) {
                    assertEquals(0.0, grad[i][j], 0.0, "masked logit " + i + "," + j);
                    continue;
                }
                double saved = k.logits[i][j];
                k.logits[i][j] = saved + H;
                double plus = GrpoLoss.loss(k.logits, k.batch, w, c);
                k.logits[i][j] = saved - H;
                double minus = GrpoLoss.loss(k.logits, k.batch, w, c);
                k.logits[i][j] = saved;
                double numeric = (plus - minus) / (2 * H);
                assertEquals(numeric, grad[i][j], 1e-8 + 1e-6 * Math.abs(numeric), "logit " + i + "," + j);
            }
        }
    }

    /** A random batch: masks with at least one legal entry, old log-probs set from chosen ratios. */
    private record Case(double[][] logits, DecisionBatch batch, double[] ratio) {
        static Case random(SplittableRandom rng, int n, int width) {
            double[][] logits = new double[n][width];
            boolean[][] masks = new boolean[n][width];
            int[] actions = new int[n];
            double[] old = new double[n];
            double[] ref = new double[n];
            double[] adv = new double[n];
            double[] ratio = new double[n];
            int[] seq = new int[n];
            double[] lp = new double[width];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < width; j++) {
                    logits[i][j] = rng.nextGaussian() * 1.5;
                    masks[i][j] = rng.nextDouble() < 0.7;
                }
                actions[i] = rng.nextInt(width);
                masks[i][actions[i]] = true;
                GrpoLoss.logSoftmax(logits[i], masks[i], lp);
                ratio[i] = RATIOS[rng.nextInt(RATIOS.length)];
                old[i] = lp[actions[i]] - Math.log(ratio[i]);
                ref[i] = lp[actions[i]] + rng.nextGaussian() * 0.5;
                adv[i] = rng.nextGaussian() * 1.5;
                seq[i] = rng.nextInt(3);
            }
            return new Case(logits, new DecisionBatch(masks, actions, old, ref, adv, seq), ratio);
        }
    }
}
