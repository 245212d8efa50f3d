package org.cyberselfplay.league.pfsp;

import java.util.Arrays;
import org.cyberselfplay.league.meta.Simplex;

/**
 * What an {@link OpponentSampler} may look at: per opponent, in the pool's order, the learner's win rate and
 * the meta-solver's probability. Arrays are copied in and out, so the value cannot change after it is built.
 *
 * @param learnerWinRates the learner's win rate against each opponent, in [0, 1], or {@code NaN} when the
 *                        pair has no results yet
 * @param metaMixture     the meta-strategy's probability of each opponent (a distribution), e.g. the Red
 *                        mixture of a {@code MetaStrategy} when Blue learns
 */
public record OpponentStats(double[] learnerWinRates, double[] metaMixture) {
    public OpponentStats {
        learnerWinRates = learnerWinRates.clone();
        metaMixture = metaMixture.clone();
        if (learnerWinRates.length != metaMixture.length) {
            throw new IllegalArgumentException("need one win rate and one meta probability per opponent, got "
                    + learnerWinRates.length + " and " + metaMixture.length);
        }
        Simplex.requireDistribution(metaMixture, "metaMixture");
        for (int i = 0; i < learnerWinRates.length; i++) {
            Pfsp.requireWinRate(i, learnerWinRates[i]);
        }
    }

    /** Win rates with a uniform meta mixture, for leagues that run PFSP alone. */
    public static OpponentStats withUniformMeta(double[] learnerWinRates) {
        return new OpponentStats(learnerWinRates, Simplex.uniform(learnerWinRates.length));
    }

    /** The number of opponents. */
    public int size() {
        return metaMixture.length;
    }

    @Override
    public double[] learnerWinRates() {
        return learnerWinRates.clone();
    }

    @Override
    public double[] metaMixture() {
        return metaMixture.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpponentStats s && Arrays.equals(learnerWinRates, s.learnerWinRates)
                && Arrays.equals(metaMixture, s.metaMixture);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(learnerWinRates) + Arrays.hashCode(metaMixture);
    }

    @Override
    public String toString() {
        return "OpponentStats[learnerWinRates=" + Arrays.toString(learnerWinRates) + ", metaMixture="
                + Arrays.toString(metaMixture) + "]";
    }
}
