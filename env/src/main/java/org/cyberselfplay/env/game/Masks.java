package org.cyberselfplay.env.game;

/** Bit tricks on 64-bit host masks. */
final class Masks {
    private Masks() {
    }

    /** Index of the k-th (0-based) set bit of {@code mask}; requires {@code k < bitCount(mask)}. */
    static int nthSetBit(long mask, int k) {
        long m = mask;
        for (int i = 0; i < k; i++) {
            m &= m - 1;
        }
        return Long.numberOfTrailingZeros(m);
    }
}
