package org.cyberselfplay.league.pfsp;

import java.util.Objects;

/**
 * PFSP opponent probabilities (Vinyals et al. 2019) as a pure function of the learner's win rates.
 */
public final class Pfsp {
    /** The win rate an opponent without results is weighted as: a coin flip, neither easy nor hard. */
    public static final double UNKNOWN_AS = 0.5;

    private Pfsp() {
    }

    /**
     * Sampling probabilities over opponents.
     *
     * <p>With {@code n} opponents, raw weights {@code r_i = f(w_i)} and the effective floor
     * {@code e = min(floor, 1/n)}: {@code p_i = (1 - n e) r_i / sum(r) + e}. So every opponent gets at
     * least {@code e}, the weights above the floor keep PFSP's proportions, and a floor of {@code 1/n} or
     * more gives the uniform distribution (the cap keeps a fixed config floor valid as the pool grows).
     * When every raw weight is 0 (e.g. variance weighting and the learner always wins or always loses),
     * {@code r / sum(r)} is replaced by the uniform distribution.
     *
     * @param learnerWinRates the learner's win rate against each opponent, each in [0, 1], or {@code NaN}
     *                        for an opponent without results, weighted as {@link #UNKNOWN_AS} (0.5)
     * @param f               the weighting
     * @param floor           minimum probability per opponent, in [0, 1], capped at {@code 1/n}
     * @return a fresh array of probabilities summing to 1, same order as {@code learnerWinRates}
     * @throws IllegalArgumentException when there is no opponent, a win rate is outside [0, 1], or the
     *                                  floor is outside [0, 1]
     */
    public static double[] weights(double[] learnerWinRates, PfspWeighting f, double floor) {
        Objects.requireNonNull(f, "f");
        int n = learnerWinRates.length;
        if (n == 0) {
            throw new IllegalArgumentException("PFSP needs at least one opponent");
        }
        requireFloor(floor);
        double[] p = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double w = requireWinRate(i, learnerWinRates[i]);
            p[i] = f.weight(Double.isNaN(w) ? UNKNOWN_AS : w);
            sum += p[i];
        }
        double e = Math.min(floor, 1.0 / n);
        double keep = 1.0 - n * e;
        for (int i = 0; i < n; i++) {
            double normalized = sum > 0 ? p[i] / sum : 1.0 / n;
            p[i] = keep * normalized + e;
        }
        return p;
    }

    static void requireFloor(double floor) {
        if (!(floor >= 0 && floor <= 1)) {
            throw new IllegalArgumentException("PFSP floor must be in [0, 1], got " + floor);
        }
    }

    /** {@code w} itself when it is in [0, 1] or {@code NaN} (unknown). */
    static double requireWinRate(int i, double w) {
        if (!Double.isNaN(w) && !(w >= 0 && w <= 1)) {
            throw new IllegalArgumentException("win rate " + i + " must be in [0, 1] or NaN, got " + w);
        }
        return w;
    }
}
