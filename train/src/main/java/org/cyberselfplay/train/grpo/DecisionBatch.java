package org.cyberselfplay.train.grpo;

import java.util.Arrays;

/**
 * The fixed part of a GRPO batch: one row per decision (one sampled action of one sequence), everything but the
 * current policy's logits, which change with every gradient step of the {@code num_iterations} reuse.
 *
 * <p>Arrays are held, not copied: the caller must not change them while the batch is in use. Validated on
 * construction.
 *
 * @param masks      legal actions of each decision, in {@code ActionCodec} layout; all rows the same width
 * @param actions    the sampled codec index of each decision, legal in its mask
 * @param logpOld    log-probability of the action under the policy that sampled it ({@code logp_old}), finite
 * @param logpRef    log-probability under the frozen reference policy, finite; {@code null} when there is no
 *                   reference (then {@code beta} must be 0 and the KL is reported as 0)
 * @param advantages advantage of each decision, finite (the sequence's advantage repeated over its decisions)
 * @param sequenceOf the sequence (episode or branch) of each decision, in {@code [0, number of decisions)}
 */
public record DecisionBatch(boolean[][] masks, int[] actions, double[] logpOld, double[] logpRef,
                            double[] advantages, int[] sequenceOf) {
    /**
     * Checks shapes and values.
     *
     * @throws IllegalArgumentException naming the first offending decision and field
     */
    public DecisionBatch {
        int n = actions.length;
        if (n == 0) {
            throw new IllegalArgumentException("a decision batch needs at least one decision");
        }
        if (masks.length != n || logpOld.length != n || advantages.length != n || sequenceOf.length != n
                || (logpRef != null && logpRef.length != n)) {
            throw new IllegalArgumentException("decision batch arrays differ in length: " + masks.length + " masks, "
                    + n + " actions, " + logpOld.length + " logp_old, " + (logpRef == null ? "no" : logpRef.length)
                    + " logp_ref, " + advantages.length + " advantages, " + sequenceOf.length + " sequence ids");
        }
        int width = masks[0].length;
        for (int i = 0; i < n; i++) {
            if (masks[i].length != width) {
                throw new IllegalArgumentException("mask " + i + " has " + masks[i].length + " entries, mask 0 has "
                        + width);
            }
            if (actions[i] < 0 || actions[i] >= width || !masks[i][actions[i]]) {
                throw new IllegalArgumentException("action of decision " + i + " must be legal in its mask, got "
                        + actions[i]);
            }
            requireFinite("logp_old", i, logpOld[i]);
            requireFinite("advantage", i, advantages[i]);
            if (logpRef != null) {
                requireFinite("logp_ref", i, logpRef[i]);
            }
            if (sequenceOf[i] < 0 || sequenceOf[i] >= n) {
                throw new IllegalArgumentException("sequence id of decision " + i + " must be in [0, " + n
                        + "), got " + sequenceOf[i]);
            }
        }
    }

    /** Number of decisions. */
    public int size() {
        return actions.length;
    }

    /** Number of logits per decision (the codec size). */
    public int width() {
        return masks[0].length;
    }

    /**
     * The decisions {@code rows}, in that order, as a batch of their own (a minibatch): sequence ids are renumbered
     * {@code 0, 1, ...} in order of first appearance, so aggregation weights can be computed on it alone.
     *
     * @throws IllegalArgumentException on no rows or a row out of range
     */
    public DecisionBatch rows(int[] rows) {
        int k = rows.length;
        boolean[][] m = new boolean[k][];
        int[] a = new int[k];
        double[] old = new double[k];
        double[] ref = logpRef == null ? null : new double[k];
        double[] adv = new double[k];
        int[] seq = new int[k];
        int[] renumbered = new int[size()];
        Arrays.fill(renumbered, -1);
        int next = 0;
        for (int i = 0; i < k; i++) {
            int r = rows[i];
            if (r < 0 || r >= size()) {
                throw new IllegalArgumentException("row " + r + " is not a decision of this batch of " + size());
            }
            m[i] = masks[r];
            a[i] = actions[r];
            old[i] = logpOld[r];
            if (ref != null) {
                ref[i] = logpRef[r];
            }
            adv[i] = advantages[r];
            if (renumbered[sequenceOf[r]] < 0) {
                renumbered[sequenceOf[r]] = next++;
            }
            seq[i] = renumbered[sequenceOf[r]];
        }
        return new DecisionBatch(m, a, old, ref, adv, seq);
    }

    /** Whether reference log-probabilities are present. */
    public boolean hasReference() {
        return logpRef != null;
    }

    private static void requireFinite(String field, int i, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " of decision " + i + " must be finite, got " + v);
        }
    }
}
