package org.cyberselfplay.train.grpo;

import java.util.Arrays;

/**
 * Group-relative advantages of GRPO (Shao et al., DeepSeekMath 2024, section 4.1.2, "outcome supervision"),
 * with TRL's {@code scale_rewards} choices.
 *
 * <p>Samples are grouped by a group id in {@code [0, number of samples)} (G samples from the same start; ids
 * index arrays, so number the groups densely). Within group {@code g},
 * {@code A_i = r_i - mean_g}, then divided by {@code std_g + eps} ({@link ScaleRewards#GROUP}), by
 * {@code std_batch + eps} ({@link ScaleRewards#BATCH}), or not at all ({@link ScaleRewards#NONE}).
 *
 * <p>Standard deviations are <b>sample</b> standard deviations (divisor {@code n - 1}), as TRL's
 * {@code torch.std}; the batch one is over the raw rewards of the whole batch (TRL's {@code rewards.std()}),
 * not over the centred ones. A group of one sample, or a batch of one, has standard deviation 0 (TRL does the
 * same for one generation; plain {@code torch.std} would give NaN). A group whose rewards are all equal gets
 * advantages of exactly 0, whatever eps (its mean is taken as the common value, so no rounding residue is
 * blown up by a small eps).
 *
 * <p>Pure functions; inputs are not modified.
 */
public final class Advantages {
    private Advantages() {
    }

    /**
     * Advantages of a batch of samples.
     *
     * @param rewards one finite reward per sample
     * @param groupOf the group id of each sample, in {@code [0, rewards.length)}; unused ids are allowed
     * @param mode    how centred rewards are scaled
     * @param eps     added to the standard deviation before dividing, {@code >= 0} (TRL uses {@code 1e-4})
     * @return a new array, one advantage per sample
     * @throws IllegalArgumentException on mismatched lengths, a group id out of range, a non-finite reward or a bad
     *                                  eps
     */
    public static double[] groupNormalized(double[] rewards, int[] groupOf, ScaleRewards mode, double eps) {
        if (!(eps >= 0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("eps must be >= 0 and finite, got " + eps);
        }
        GroupStats stats = GroupStats.of(rewards, groupOf);
        double batchStd = sampleStd(rewards);
        double[] out = new double[rewards.length];
        for (int i = 0; i < rewards.length; i++) {
            int g = groupOf[i];
            double centred = stats.allEqual[g] ? 0.0 : rewards[i] - stats.mean[g];
            double scale = switch (mode) {
                case GROUP -> stats.std[g] + eps;
                case BATCH -> batchStd + eps;
                case NONE -> 1.0;
            };
            // centred == 0 with scale == 0 (eps 0, constant batch) is 0, not 0/0.
            out[i] = centred == 0.0 ? 0.0 : centred / scale;
        }
        return out;
    }

    /**
     * The share of groups whose rewards are all equal, so that every advantage in them is 0 and they teach
     * nothing ({@code train/frac_reward_zero_std}). Counted per group; TRL averages its per-sample flag, which
     * is the same number when the groups have equal sizes.
     *
     * @return in [0, 1]; 0 for an empty batch
     */
    public static double fractionZeroStd(double[] rewards, int[] groupOf) {
        GroupStats stats = GroupStats.of(rewards, groupOf);
        int groups = 0;
        int zero = 0;
        for (int g = 0; g < stats.count.length; g++) {
            if (stats.count[g] > 0) {
                groups++;
                if (stats.allEqual[g]) {
                    zero++;
                }
            }
        }
        return groups == 0 ? 0.0 : (double) zero / groups;
    }

    /**
     * The mean over groups of the groups' sample standard deviations ({@code train/reward_std}, TRL's
     * {@code reward_std} in group mode); 0 for an empty batch.
     */
    public static double meanGroupStd(double[] rewards, int[] groupOf) {
        GroupStats stats = GroupStats.of(rewards, groupOf);
        double sum = 0.0;
        int groups = 0;
        for (int g = 0; g < stats.count.length; g++) {
            if (stats.count[g] > 0) {
                sum += stats.std[g];
                groups++;
            }
        }
        return groups == 0 ? 0.0 : sum / groups;
    }

    /** Sample standard deviation (divisor {@code n - 1}); 0 for fewer than two values. */
    static double sampleStd(double[] values) {
        if (values.length < 2) {
            return 0.0;
        }
        double mean = 0.0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0.0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (values.length - 1));
    }

    /** Per-group count, mean, sample std and all-equal flag, indexed by group id. */
    private static final class GroupStats {
        final int[] count;
        final double[] mean;
        final double[] std;
        final boolean[] allEqual;

        private GroupStats(int groups) {
            count = new int[groups];
            mean = new double[groups];
            std = new double[groups];
            allEqual = new boolean[groups];
        }

        static GroupStats of(double[] rewards, int[] groupOf) {
            int groups = checkedGroupCount(rewards, groupOf);
            GroupStats s = new GroupStats(groups);
            double[] first = new double[groups];
            Arrays.fill(s.allEqual, true);
            for (int i = 0; i < rewards.length; i++) {
                int g = groupOf[i];
                if (s.count[g] == 0) {
                    first[g] = rewards[i];
                } else if (rewards[i] != first[g]) {
                    s.allEqual[g] = false;
                }
                s.count[g]++;
                s.mean[g] += rewards[i];
            }
            for (int g = 0; g < groups; g++) {
                s.mean[g] = s.allEqual[g] ? first[g] : s.mean[g] / Math.max(1, s.count[g]);
            }
            for (int i = 0; i < rewards.length; i++) {
                double d = rewards[i] - s.mean[groupOf[i]];
                s.std[groupOf[i]] += d * d;
            }
            for (int g = 0; g < groups; g++) {
                s.std[g] = s.count[g] < 2 ? 0.0 : Math.sqrt(s.std[g] / (s.count[g] - 1));
            }
            return s;
        }

        private static int checkedGroupCount(double[] rewards, int[] groupOf) {
            if (rewards.length != groupOf.length) {
                throw new IllegalArgumentException(rewards.length + " rewards but " + groupOf.length + " group ids");
            }
            int max = -1;
            for (int i = 0; i < rewards.length; i++) {
                if (groupOf[i] < 0 || groupOf[i] >= rewards.length) {
                    throw new IllegalArgumentException("group id of sample " + i + " must be in [0, "
                            + rewards.length + "), got " + groupOf[i]);
                }
                if (!Double.isFinite(rewards[i])) {
                    throw new IllegalArgumentException("reward of sample " + i + " must be finite, got " + rewards[i]);
                }
                max = Math.max(max, groupOf[i]);
            }
            return max + 1;
        }
    }
}
