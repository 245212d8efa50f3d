package org.cyberselfplay.train.grpo;

import java.util.HashMap;
import java.util.Map;

/**
 * Splits a batch into the minibatches of {@code steps_per_generation} (TRL's name): each optimizer step of a pass
 * takes one minibatch. A group never straddles two minibatches, so each step sees whole groups, whose advantages
 * were normalized together; groups are dealt out in order of first appearance, in contiguous runs as even as
 * they can be (sizes differ by at most one group).
 */
public final class Minibatches {
    private Minibatches() {
    }

    /**
     * The decisions of each minibatch.
     *
     * @param groupOf the group of each decision; any ints, groups told apart by value
     * @param count   minibatches, in {@code [1, number of groups]}
     * @return {@code count} arrays of decision indices, each ascending, together every decision once
     * @throws IllegalArgumentException on an empty batch or a count outside {@code [1, groups]}
     */
    public static int[][] byGroup(int[] groupOf, int count) {
        int n = groupOf.length;
        if (n == 0) {
            throw new IllegalArgumentException("no decisions to split");
        }
        int[] rank = new int[n];
        Map<Integer, Integer> order = new HashMap<>();
        for (int d = 0; d < n; d++) {
            rank[d] = order.computeIfAbsent(groupOf[d], g -> order.size());
        }
        int groups = order.size();
        if (count < 1 || count > groups) {
            throw new IllegalArgumentException("minibatches must be in [1, " + groups + "] (one group at least "
                    + "each), got " + count);
        }
        int[] sizes = new int[count];
        int[] part = new int[n];
        for (int d = 0; d < n; d++) {
            // Group r of G goes to minibatch floor(r * count / G): contiguous runs of floor or ceil(G / count).
            part[d] = (int) ((long) rank[d] * count / groups);
            sizes[part[d]]++;
        }
        int[][] out = new int[count][];
        for (int m = 0; m < count; m++) {
            out[m] = new int[sizes[m]];
        }
        int[] filled = new int[count];
        for (int d = 0; d < n; d++) {
            out[part[d]][filled[part[d]]++] = d;
        }
        return out;
    }

    /** The rows {@code rows} of a row-major matrix of {@code width} columns, in that order. */
    public static float[] rows(float[] matrix, int width, int[] rows) {
        float[] out = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(matrix, rows[i] * width, out, i * width, width);
        }
        return out;
    }
}
