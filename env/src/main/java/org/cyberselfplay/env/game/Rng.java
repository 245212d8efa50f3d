package org.cyberselfplay.env.game;

import java.util.SplittableRandom;

/**
 * The env's random source: one {@link SplittableRandom} seeded by {@code reset}, plus a count of draws.
 *
 * <p>{@code SplittableRandom} cannot be cloned, and {@code split()} would advance the original. Every
 * draw here consumes exactly one {@code nextLong()}, so an exact copy is a fresh generator with the same
 * seed advanced by the same number of draws: a copied env continues exactly as the original would,
 * and copying never perturbs the original. Copying costs O(draws so far), a few microseconds per episode.
 */
final class Rng {
    private final long seed;
    private final SplittableRandom random;
    private long draws;

    Rng(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    private Rng(long seed, long draws) {
        this(seed);
        for (long i = 0; i < draws; i++) {
            random.nextLong();
        }
        this.draws = draws;
    }

    /** A uniform 64-bit value (to seed a sub-generator). */
    long nextLong() {
        draws++;
        return random.nextLong();
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        draws++;
        return (random.nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound); bias below 2^-40 for the bounds used here (at most a few thousand). */
    int nextInt(int bound) {
        return (int) (nextDouble() * bound);
    }

    /** True with probability p. */
    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Uniform in [lo, hi]. */
    double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** A uniformly chosen set bit of a non-zero mask. */
    int pick(long mask) {
        return Masks.nthSetBit(mask, nextInt(Long.bitCount(mask)));
    }

    Rng copy() {
        return new Rng(seed, draws);
    }

    @Override
    public String toString() {
        return "Rng[seed=" + seed + ", draws=" + draws + "]";
    }
}
