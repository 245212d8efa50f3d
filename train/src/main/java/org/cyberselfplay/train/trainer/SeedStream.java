package org.cyberselfplay.train.trainer;

import java.util.SplittableRandom;

/**
 * A stream of seeds that knows how far it has been drawn, so that a resumed run continues it exactly:
 * {@code resume(seed, draws)} replays {@code draws} draws of {@code new SplittableRandom(seed)}. Not
 * thread-safe.
 */
public final class SeedStream {
    private final long seed;
    private final SplittableRandom rng;
    private long draws;

    public SeedStream(long seed) {
        this.seed = seed;
        this.rng = new SplittableRandom(seed);
    }

    /** The stream of {@code seed} after {@code draws} draws. */
    public static SeedStream resume(long seed, long draws) {
        if (draws < 0) {
            throw new IllegalArgumentException("draws must be >= 0, got " + draws);
        }
        SeedStream s = new SeedStream(seed);
        for (long i = 0; i < draws; i++) {
            s.next();
        }
        return s;
    }

    /** The next seed ({@code nextLong()}). */
    public long next() {
        draws++;
        return rng.nextLong();
    }

    /** Draws taken so far. */
    public long draws() {
        return draws;
    }

    /** The stream's seed. */
    public long seed() {
        return seed;
    }
}
