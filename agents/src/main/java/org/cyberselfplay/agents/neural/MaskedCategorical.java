package org.cyberselfplay.agents.neural;

import java.util.SplittableRandom;

/**
 * The categorical distribution {@code softmax(logits)} restricted to the legal entries of a mask; pure
 * functions, computed in double precision with the max-logit shift.
 *
 * <p>Masked entries have probability exactly 0 and log-probability {@code -Infinity}; they are never sampled.
 * Every function requires at least one legal entry among the first {@code logits.length} and throws
 * {@link IllegalArgumentException} otherwise, or when a legal logit is not finite.
 */
public final class MaskedCategorical {
    private MaskedCategorical() {
    }

    /** The largest legal logit and the log of the sum of {@code exp(logit - max)} over legal entries. */
    private static double[] maxAndLogSum(float[] logits, boolean[] mask) {
        checkLengths(logits, mask);
        double max = Double.NEGATIVE_INFINITY;
        int legal = 0;
        for (int i = 0; i < logits.length; i++) {
            if (mask[i]) {
                if (!Float.isFinite(logits[i])) {
                    throw new IllegalArgumentException("logit " + i + " is " + logits[i]);
                }
                max = Math.max(max, logits[i]);
                legal++;
            }
        }
        if (legal == 0) {
            throw new IllegalArgumentException("no legal entry in the mask");
        }
        double sum = 0.0;
        for (int i = 0; i < logits.length; i++) {
            if (mask[i]) {
                sum += Math.exp(logits[i] - max);
            }
        }
        return new double[] {max, Math.log(sum)};
    }

    /** Log-probabilities into {@code out}: {@code logit - max - log sum exp(logit - max)}; masked: -Infinity. */
    public static void logProbabilities(float[] logits, boolean[] mask, double[] out) {
        double[] ml = maxAndLogSum(logits, mask);
        for (int i = 0; i < logits.length; i++) {
            out[i] = mask[i] ? logits[i] - ml[0] - ml[1] : Double.NEGATIVE_INFINITY;
        }
    }

    /** Log-probabilities in a new array. */
    public static double[] logProbabilities(float[] logits, boolean[] mask) {
        double[] out = new double[logits.length];
        logProbabilities(logits, mask, out);
        return out;
    }

    /** Probabilities into {@code out} ({@code exp} of the log-probabilities); masked entries are 0. */
    public static void probabilities(float[] logits, boolean[] mask, double[] out) {
        logProbabilities(logits, mask, out);
        for (int i = 0; i < logits.length; i++) {
            out[i] = mask[i] ? Math.exp(out[i]) : 0.0;
        }
    }

    /** Probabilities in a new array. */
    public static double[] probabilities(float[] logits, boolean[] mask) {
        double[] out = new double[logits.length];
        probabilities(logits, mask, out);
        return out;
    }

    /** Log-probability of one entry; -Infinity when it is masked. */
    public static double logProbability(float[] logits, boolean[] mask, int index) {
        double[] ml = maxAndLogSum(logits, mask);
        return mask[index] ? logits[index] - ml[0] - ml[1] : Double.NEGATIVE_INFINITY;
    }

    /** Entropy in nats, {@code -sum p log p} over legal entries; in [0, log(legal count)]. */
    public static double entropy(float[] logits, boolean[] mask) {
        double[] ml = maxAndLogSum(logits, mask);
        double h = 0.0;
        for (int i = 0; i < logits.length; i++) {
            if (mask[i]) {
                double lp = logits[i] - ml[0] - ml[1];
                h -= Math.exp(lp) * lp;
            }
        }
        return Math.max(0.0, h);
    }

    /**
     * Draws an entry with exactly one {@code rng.nextDouble()}: {@code inverseCdf(probabilities, mask, draw)}.
     *
     * @param probabilities as from {@link #probabilities}; masked entries are skipped whatever they hold
     */
    public static int sample(double[] probabilities, boolean[] mask, SplittableRandom rng) {
        return inverseCdf(probabilities, mask, rng.nextDouble());
    }

    /**
     * The entry at uniform draw {@code u} in [0, 1) by inverse CDF: the first legal entry whose cumulative
     * probability exceeds {@code u} (the last legal entry of positive probability if rounding leaves {@code u}
     * above the total).
     */
    public static int inverseCdf(double[] probabilities, boolean[] mask, double u) {
        double cumulative = 0.0;
        int last = -1;
        for (int i = 0; i < probabilities.length; i++) {
            if (mask[i] && probabilities[i] > 0) {
                cumulative += probabilities[i];
                last = i;
                if (u < cumulative) {
                    return i;
                }
            }
        }
        if (last < 0) {
            throw new IllegalArgumentException("no legal entry of positive probability");
        }
        return last;
    }

    /** The legal entry of the largest logit; the lowest index among ties. */
    public static int argmax(float[] logits, boolean[] mask) {
        checkLengths(logits, mask);
        int best = -1;
        for (int i = 0; i < logits.length; i++) {
            if (mask[i] && (best < 0 || logits[i] > logits[best])) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("no legal entry in the mask");
        }
        return best;
    }

    private static void checkLengths(float[] logits, boolean[] mask) {
        if (mask.length < logits.length) {
            throw new IllegalArgumentException("mask of " + mask.length + " entries for " + logits.length + " logits");
        }
    }
}
