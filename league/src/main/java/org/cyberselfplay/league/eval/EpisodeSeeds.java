package org.cyberselfplay.league.eval;

import java.util.SplittableRandom;

/**
 * The randomness of a block of seeded episodes, drawn up front in a fixed order so that results do not
 * depend on how episodes are spread over threads or machines.
 *
 * <p>Order: {@code root = new SplittableRandom(seed)}; then for episode 0, 1, 2, ... in turn:
 * the env's reset seed, Blue's action-RNG seed and Red's action-RNG seed, each {@code root.nextLong()}.
 * Episode {@code i} of a run of N is episode {@code i} of any longer run with the same seed.
 */
public final class EpisodeSeeds {
    private final long[] seeds;

    private EpisodeSeeds(long[] seeds) {
        this.seeds = seeds;
    }

    /** Seeds for {@code episodes} episodes from the root seed. */
    public static EpisodeSeeds of(long seed, int episodes) {
        if (episodes < 0) {
            throw new IllegalArgumentException("episodes must be >= 0, got " + episodes);
        }
        SplittableRandom root = new SplittableRandom(seed);
        long[] s = new long[3 * episodes];
        for (int i = 0; i < s.length; i++) {
            s[i] = root.nextLong();
        }
        return new EpisodeSeeds(s);
    }

    public int episodes() {
        return seeds.length / 3;
    }

    /** The env's reset seed of episode {@code i}. */
    public long envSeed(int i) {
        return seeds[3 * i];
    }

    /** A fresh action RNG for Blue in episode {@code i}. */
    public SplittableRandom blueRng(int i) {
        return new SplittableRandom(seeds[3 * i + 1]);
    }

    /** A fresh action RNG for Red in episode {@code i}. */
    public SplittableRandom redRng(int i) {
        return new SplittableRandom(seeds[3 * i + 2]);
    }
}
