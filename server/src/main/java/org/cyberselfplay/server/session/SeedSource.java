package org.cyberselfplay.server.session;

import java.util.SplittableRandom;

/**
 * Episode seeds for resets that do not give one: a stream from one root seed. The drawn seed is reported
 * in the session's state, so such an episode can be replayed with {@code reset(seed=...)}. Thread-safe.
 */
public final class SeedSource {
    private final SplittableRandom rng;

    public SeedSource(long rootSeed) {
        this.rng = new SplittableRandom(rootSeed);
    }

    /** The next seed, in [0, 2^63). */
    public synchronized long next() {
        return rng.nextLong() >>> 1;
    }
}
