package org.cyberselfplay.env.obs;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Which action indices of the observing side's {@link org.cyberselfplay.env.ActionSpace} are legal now.
 * Computed only from what that side can see; empty when it is not that side's turn or the game is over.
 * Immutable.
 */
public final class ActionMask {
    private final long[] words;
    private final int size;

    /** A mask over {@code size} indices from its 64-bit words (copied). */
    public ActionMask(long[] words, int size) {
        this.words = Arrays.copyOf(words, (size + 63) / 64);
        this.size = size;
    }

    /** The mask with no legal index. */
    public static ActionMask none(int size) {
        return new ActionMask(new long[(size + 63) / 64], size);
    }

    /** Number of indices in the action space. */
    public int size() {
        return size;
    }

    public boolean isLegal(int index) {
        return index >= 0 && index < size && (words[index >>> 6] & (1L << index)) != 0;
    }

    /** Number of legal indices. */
    public int count() {
        int c = 0;
        for (long w : words) {
            c += Long.bitCount(w);
        }
        return c;
    }

    /** The legal indices, ascending. */
    public IntStream indices() {
        return IntStream.range(0, size).filter(this::isLegal);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionMask m && m.size == size && Arrays.equals(m.words, words);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(words) + size;
    }

    @Override
    public String toString() {
        return "ActionMask" + Arrays.toString(indices().toArray());
    }
}
