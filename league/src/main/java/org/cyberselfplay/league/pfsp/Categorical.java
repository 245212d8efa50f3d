package org.cyberselfplay.league.pfsp;

import java.util.SplittableRandom;
import org.cyberselfplay.league.meta.Simplex;

/** Draws from discrete distributions given as probability arrays. */
public final class Categorical {
    private Categorical() {
    }

    /**
     * Draws an index by inversion with one {@code rng.nextDouble()}: the first {@code i} whose cumulative
     * probability exceeds {@code u * sum(p)}. An index of probability 0 is never drawn.
     *
     * @param p   a distribution (see {@link Simplex#requireDistribution})
     * @param rng the caller's generator; advanced by exactly one {@code nextDouble()}
     */
    public static int sample(double[] p, SplittableRandom rng) {
        double total = Simplex.requireDistribution(p, "p");
        double u = rng.nextDouble() * total;
        double cum = 0;
        int last = -1;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                cum += p[i];
                last = i;
                if (u < cum) {
                    return i;
                }
            }
        }
        return last; // u fell past the rounded cumulative sum
    }
}
