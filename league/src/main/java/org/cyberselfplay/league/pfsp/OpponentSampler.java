package org.cyberselfplay.league.pfsp;

import java.util.Objects;
import java.util.SplittableRandom;
import org.cyberselfplay.league.meta.Simplex;

/**
 * Chooses the learner's next opponent: a distribution over the pool's opponents, then a draw from it.
 * Implementations are pure functions of their arguments; the caller owns the random generator.
 */
public interface OpponentSampler {
    /**
     * The probability of each opponent.
     *
     * @return a fresh array, one entry per opponent in {@code stats}' order, each {@code >= 0}, summing to 1
     */
    double[] probabilities(OpponentStats stats);

    /**
     * Draws an opponent index from {@code p} (see {@link Categorical#sample}).
     *
     * @param rng the caller's generator, advanced by exactly one {@code nextDouble()}
     */
    default int sample(double[] p, SplittableRandom rng) {
        return Categorical.sample(p, rng);
    }

    /** PFSP over the learner's win rates ({@link Pfsp#weights}). */
    static OpponentSampler pfsp(PfspWeighting f, double floor) {
        Objects.requireNonNull(f, "f");
        Pfsp.requireFloor(floor); // when configured, not at the first draw
        return stats -> Pfsp.weights(stats.learnerWinRates(), f, floor);
    }

    /** The meta-solver's mixture as is (PSRO; Lanctot et al. 2017). */
    static OpponentSampler meta() {
        return OpponentStats::metaMixture;
    }

    /** Every opponent equally likely. */
    static OpponentSampler uniform() {
        return stats -> Simplex.uniform(stats.size());
    }

    /**
     * {@code alpha * pfsp + (1 - alpha) * meta}, opponent by opponent.
     *
     * @param alpha in [0, 1]: 1 is {@code pfsp} alone, 0 is {@code meta} alone
     * @throws IllegalArgumentException when {@code alpha} is outside [0, 1]
     */
    static OpponentSampler mix(double alpha, OpponentSampler pfsp, OpponentSampler meta) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("mix alpha must be in [0, 1], got " + alpha);
        }
        Objects.requireNonNull(pfsp, "pfsp");
        Objects.requireNonNull(meta, "meta");
        return stats -> {
            double[] a = pfsp.probabilities(stats);
            double[] b = meta.probabilities(stats);
            double[] p = new double[a.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = alpha * a[i] + (1 - alpha) * b[i];
            }
            return p;
        };
    }
}
