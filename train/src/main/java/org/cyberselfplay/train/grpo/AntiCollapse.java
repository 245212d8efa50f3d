package org.cyberselfplay.train.grpo;

/**
 * The anti-collapse reward penalty of the original project: {@code r_i' = r_i - lambda * max(0, p(a_i) - tau)},
 * where {@code p(a_i)} is the share of the batch's samples whose action uses the same tool as sample {@code i}.
 *
 * <p>A tool that takes more than {@code tau} of the batch costs each of its samples {@code lambda} times the
 * excess, which pushes GRPO's group-relative advantages away from a policy that plays one tool everywhere.
 * With {@code lambda = 0} (or {@link #disabled}) the rewards are unchanged: vanilla GRPO. Applied to rewards,
 * before {@link Advantages}.
 *
 * <p>Pure functions; inputs are not modified. The result's arrays are new and belong to the caller.
 */
public final class AntiCollapse {
    private AntiCollapse() {
    }

    /**
     * Penalized rewards with what went into them, for metrics.
     *
     * @param rewards    {@code r_i'}, one per sample
     * @param penalties  {@code lambda * max(0, p(a_i) - tau)}, one per sample ({@code train/anticollapse_penalty}
     *                   is their mean)
     * @param toolShares the share of samples per tool index ({@code train/tool_share/<tool>}); sums to 1 over a
     *                   non-empty batch
     */
    public record Result(double[] rewards, double[] penalties, double[] toolShares) {
        /** The mean penalty over samples; 0 for an empty batch. */
        public double meanPenalty() {
            double sum = 0.0;
            for (double p : penalties) {
                sum += p;
            }
            return penalties.length == 0 ? 0.0 : sum / penalties.length;
        }

        /**
         * The entropy in nats of the tool shares, {@code -sum_t p_t ln p_t} ({@code train/tool_entropy}): the
         * spread of the batch's actions over tools, 0 when one tool takes every sample, {@code ln(tools)} when
         * all are used equally. The collapse the penalty works against is this number falling.
         */
        public double toolEntropy() {
            double h = 0.0;
            for (double p : toolShares) {
                if (p > 0) {
                    h -= p * Math.log(p);
                }
            }
            return h;
        }
    }

    /**
     * The penalized rewards {@code r_i - lambda * max(0, p(a_i) - tau)}.
     *
     * @see #apply
     */
    public static double[] penalize(double[] rewards, int[] toolOf, int toolCount, double lambda, double tau) {
        return apply(rewards, toolOf, toolCount, lambda, tau).rewards();
    }

    /**
     * The penalty applied, with per-sample penalties and tool shares.
     *
     * @param rewards   one finite reward per sample
     * @param toolOf    the tool index of each sample's action, in {@code [0, toolCount)} (for example the
     *                  position in {@code Tool.of(side)})
     * @param toolCount number of tools, {@code >= 1}
     * @param lambda    penalty weight, {@code >= 0}
     * @param tau       the share a tool may take for free, in [0, 1]
     * @throws IllegalArgumentException on mismatched lengths, a tool index out of range or a bad lambda or tau
     */
    public static Result apply(double[] rewards, int[] toolOf, int toolCount, double lambda, double tau) {
        if (!(lambda >= 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("anti_collapse.lambda must be >= 0 and finite, got " + lambda);
        }
        if (!(tau >= 0 && tau <= 1)) {
            throw new IllegalArgumentException("anti_collapse.tau must be in [0, 1], got " + tau);
        }
        double[] shares = toolShares(rewards, toolOf, toolCount);
        double[] penalties = new double[rewards.length];
        double[] out = new double[rewards.length];
        for (int i = 0; i < rewards.length; i++) {
            penalties[i] = lambda * Math.max(0.0, shares[toolOf[i]] - tau);
            out[i] = rewards[i] - penalties[i];
        }
        return new Result(out, penalties, shares);
    }

    /** The identity: rewards copied, zero penalties, and the tool shares (still logged when disabled). */
    public static Result disabled(double[] rewards, int[] toolOf, int toolCount) {
        double[] shares = toolShares(rewards, toolOf, toolCount);
        return new Result(rewards.clone(), new double[rewards.length], shares);
    }

    /** The share of samples per tool; all 0 for an empty batch. */
    private static double[] toolShares(double[] rewards, int[] toolOf, int toolCount) {
        if (toolCount < 1) {
            throw new IllegalArgumentException("tool count must be >= 1, got " + toolCount);
        }
        if (rewards.length != toolOf.length) {
            throw new IllegalArgumentException(rewards.length + " rewards but " + toolOf.length + " tool indices");
        }
        double[] shares = new double[toolCount];
        for (int i = 0; i < toolOf.length; i++) {
            if (toolOf[i] < 0 || toolOf[i] >= toolCount) {
                throw new IllegalArgumentException("tool index of sample " + i + " must be in [0, " + toolCount
                        + "), got " + toolOf[i]);
            }
            if (!Double.isFinite(rewards[i])) {
                throw new IllegalArgumentException("reward of sample " + i + " must be finite, got " + rewards[i]);
            }
            shares[toolOf[i]]++;
        }
        for (int t = 0; t < toolCount; t++) {
            shares[t] = toolOf.length == 0 ? 0.0 : shares[t] / toolOf.length;
        }
        return shares;
    }
}
