package org.cyberselfplay.train.grpo;

/**
 * The GRPO objective (Shao et al., DeepSeekMath 2024, eq. 3) as TRL's {@code GRPOTrainer} computes it, per
 * decision and aggregated, with its analytic gradient with respect to the logits.
 *
 * <p>Per decision (logits {@code z}, legal mask, sampled action {@code a}, advantage {@code A}):
 * <pre>
 *   logp  = log softmax_mask(z)[a]                       (current policy)
 *   rho   = exp(logp - logp_old)                         (1 on the first of num_iterations passes)
 *   surr  = min(rho * A, clip(rho, 1 - eps, 1 + eps_high) * A)
 *   kl    = exp(logp_ref - logp) - (logp_ref - logp) - 1  (k3 estimator, Schulman 2020; >= 0)
 *   H     = -sum_j p_j log p_j over legal j               (entropy of the whole masked distribution)
 *   l     = -(surr - beta * kl) - entropyCoef * H
 * </pre>
 * The batch loss is {@code L = sum_d w_d * l_d} with the aggregation weights of {@link #weights}.
 *
 * <p>Gradient (derivation). For legal {@code j}, with {@code p = softmax_mask(z)}:
 * <ul>
 *   <li>{@code d logp_a / d z_j = 1[j = a] - p_j} (log-softmax; masked logits do not enter the loss, their
 *       gradient is 0);</li>
 *   <li>{@code d surr / d logp = rho * A} when the unclipped term is the minimum (ratio inside the clip range,
 *       or outside it on the side where clipping would not bind), and 0 when the clipped term is strictly
 *       smaller: there {@code clip(rho)} is a constant. Ties (inside the range) take the unclipped branch, as
 *       torch's clamp passes the gradient at and inside its bounds;</li>
 *   <li>{@code d kl / d logp = 1 - exp(logp_ref - logp)};</li>
 *   <li>{@code d H / d z_j = -p_j (log p_j + H)}: from {@code dp_k/dz_j = p_k (1[k = j] - p_j)},
 *       {@code dH/dz_j = -sum_k (log p_k + 1) p_k (1[k = j] - p_j) = -p_j (log p_j + 1) + p_j (1 - H)}.</li>
 * </ul>
 * Hence {@code dL/dz_j = w * [g (1[j = a] - p_j) + entropyCoef * p_j (log p_j + H)]} with
 * {@code g = dl/dlogp = -dsurr/dlogp + beta * (1 - exp(logp_ref - logp))}.
 *
 * <p>Computed in double precision with the max-logit shift. Pure functions; inputs are not modified.
 */
public final class GrpoLoss {
    private GrpoLoss() {
    }

    /**
     * Batch metrics, each a plain mean over decisions (TRL's token means).
     *
     * @param loss        the aggregated loss {@code L} ({@code train/loss})
     * @param meanKl      mean k3 KL to the reference; 0 without a reference ({@code train/kl})
     * @param clipRatio   share of decisions whose clipped term was strictly the minimum, i.e. ratio below
     *                    {@code 1 - eps} with {@code A < 0} or above {@code 1 + eps_high} with {@code A > 0}
     *                    ({@code train/clip_ratio}, TRL's {@code clip_ratio/region_mean})
     * @param meanEntropy mean entropy of the masked distributions in nats ({@code train/entropy})
     */
    public record Metrics(double loss, double meanKl, double clipRatio, double meanEntropy) {
    }

    /** The probability ratio {@code exp(logp - logpOld)}. */
    public static double ratio(double logp, double logpOld) {
        return Math.exp(logp - logpOld);
    }

    /** The clipped surrogate {@code min(rho A, clip(rho, 1 - eps, 1 + epsHigh) A)}. */
    public static double surrogate(double ratio, double advantage, double epsilon, double epsilonHigh) {
        double clippedRatio = Math.min(Math.max(ratio, 1.0 - epsilon), 1.0 + epsilonHigh);
        return Math.min(ratio * advantage, clippedRatio * advantage);
    }

    /** Whether the clipped term is strictly smaller than the unclipped one (no gradient through the ratio). */
    public static boolean clipped(double ratio, double advantage, double epsilon, double epsilonHigh) {
        return (ratio < 1.0 - epsilon && advantage < 0) || (ratio > 1.0 + epsilonHigh && advantage > 0);
    }

    /** The k3 estimate of {@code KL(pi || pi_ref)} from one sample: {@code exp(d) - d - 1}, {@code d = ref - logp}. */
    public static double k3(double logp, double logpRef) {
        double d = logpRef - logp;
        return Math.exp(d) - d - 1.0;
    }

    /**
     * Aggregation weights {@code w_d}, so that {@code L = sum_d w_d l_d}.
     *
     * @param sequenceOf             the sequence of each decision, in {@code [0, length)}
     * @param type                   {@link LossType#GRPO}: {@code 1 / (S n_s)}; {@link LossType#DR_GRPO}:
     *                               {@code 1 / (S maxDecisionsPerSequence)}, {@code S} the number of sequences
     * @param maxDecisionsPerSequence the Dr. GRPO constant (e.g. the scenario's turn limit), at least every
     *                               sequence's length; ignored by {@code GRPO}
     * @throws IllegalArgumentException on an empty batch, a sequence id out of range, or a sequence longer than
     *                                  {@code maxDecisionsPerSequence} under {@code DR_GRPO}
     */
    public static double[] weights(int[] sequenceOf, LossType type, int maxDecisionsPerSequence) {
        int n = sequenceOf.length;
        if (n == 0) {
            throw new IllegalArgumentException("no decisions to weigh");
        }
        int[] length = new int[n];
        int sequences = 0;
        for (int i = 0; i < n; i++) {
            int s = sequenceOf[i];
            if (s < 0 || s >= n) {
                throw new IllegalArgumentException("sequence id of decision " + i + " must be in [0, " + n
                        + "), got " + s);
            }
            if (length[s]++ == 0) {
                sequences++;
            }
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            int len = length[sequenceOf[i]];
            if (type == LossType.DR_GRPO && len > maxDecisionsPerSequence) {
                throw new IllegalArgumentException("dr_grpo needs max decisions per sequence >= every sequence's "
                        + "length, got " + maxDecisionsPerSequence + " for a sequence of " + len);
            }
            w[i] = type == LossType.GRPO ? 1.0 / ((double) sequences * len)
                    : 1.0 / ((double) sequences * maxDecisionsPerSequence);
        }
        return w;
    }

    /** The aggregated loss {@code L = sum_d w_d l_d}; see {@link #evaluate}. */
    public static double loss(double[][] logits, DecisionBatch batch, double[] weights, LossCoefficients c) {
        return evaluate(logits, batch, weights, c, null).loss();
    }

    /**
     * The loss, its metrics and, when {@code dLossDLogits} is not null, the gradient of {@code L} with respect
     * to every logit (rows already multiplied by {@code w_d}: ready to backpropagate as they are).
     *
     * @param logits       the current policy's logits, {@code [N][A]}, finite where legal
     * @param weights      aggregation weights from {@link #weights}, one per decision
     * @param dLossDLogits {@code [N][A]} to overwrite, or null; masked entries get 0
     * @throws IllegalArgumentException on mismatched shapes, a non-finite legal logit, or {@code beta > 0}
     *                                  without reference log-probabilities
     */
    public static Metrics evaluate(double[][] logits, DecisionBatch batch, double[] weights, LossCoefficients c,
                                   double[][] dLossDLogits) {
        int n = batch.size();
        if (logits.length != n || weights.length != n || (dLossDLogits != null && dLossDLogits.length != n)) {
            throw new IllegalArgumentException(n + " decisions but " + logits.length + " logit rows, "
                    + weights.length + " weights" + (dLossDLogits == null ? "" : ", " + dLossDLogits.length
                    + " gradient rows"));
        }
        requireReference(batch, c);
        double[] scratch = new double[batch.width()];
        double[] stats = new double[STATS];
        double loss = 0.0;
        double kl = 0.0;
        double clippedCount = 0.0;
        double entropy = 0.0;
        for (int i = 0; i < n; i++) {
            double ref = batch.hasReference() ? batch.logpRef()[i] : Double.NaN;
            double[] out = dLossDLogits == null ? null : dLossDLogits[i];
            decision(logits[i], batch.masks()[i], batch.actions()[i], batch.logpOld()[i], ref,
                    batch.advantages()[i], weights[i], c, scratch, out, stats);
            loss += weights[i] * stats[LOSS];
            kl += stats[KL];
            clippedCount += stats[CLIPPED];
            entropy += stats[ENTROPY];
        }
        return new Metrics(loss, kl / n, clippedCount / n, entropy / n);
    }

    /**
     * The gradient of {@code weight * l} for one decision, written into {@code out} (masked entries 0).
     *
     * @param logpRef the reference log-probability; ignored when {@code c.beta() == 0}
     * @return the unweighted per-decision loss {@code l}
     */
    public static double dLossDLogits(double[] logits, boolean[] mask, int action, double logpOld, double logpRef,
                                      double advantage, double weight, LossCoefficients c, double[] out) {
        double[] stats = new double[STATS];
        decision(logits, mask, action, logpOld, c.beta() == 0 ? Double.NaN : logpRef, advantage, weight, c,
                new double[logits.length], out, stats);
        return stats[LOSS];
    }

    private static final int LOSS = 0;
    private static final int KL = 1;
    private static final int CLIPPED = 2;
    private static final int ENTROPY = 3;
    private static final int STATS = 4;

    /**
     * One decision: its loss, KL, clipped flag and entropy into {@code stats}, and (when {@code out} is not
     * null) {@code weight} times its gradient. {@code ref} is NaN when there is no reference.
     */
    private static void decision(double[] z, boolean[] mask, int a, double logpOld, double ref, double advantage,
                                 double weight, LossCoefficients c, double[] logp, double[] out, double[] stats) {
        double h = logSoftmax(z, mask, logp);
        double rho = ratio(logp[a], logpOld);
        boolean isClipped = clipped(rho, advantage, c.epsilon(), c.epsilonHigh());
        boolean hasRef = !Double.isNaN(ref);
        double kl = hasRef ? k3(logp[a], ref) : 0.0;
        stats[LOSS] = -(surrogate(rho, advantage, c.epsilon(), c.epsilonHigh()) - c.beta() * kl)
                - c.entropyCoef() * h;
        stats[KL] = kl;
        stats[CLIPPED] = isClipped ? 1.0 : 0.0;
        stats[ENTROPY] = h;
        if (out == null) {
            return;
        }
        if (out.length != z.length) {
            throw new IllegalArgumentException("gradient row of " + out.length + " entries for " + z.length
                    + " logits");
        }
        double dSurr = isClipped ? 0.0 : rho * advantage;
        double dKl = hasRef ? 1.0 - Math.exp(ref - logp[a]) : 0.0;
        double g = -dSurr + c.beta() * dKl;
        for (int j = 0; j < z.length; j++) {
            if (!mask[j]) {
                out[j] = 0.0;
                continue;
            }
            double p = Math.exp(logp[j]);
            double dLogpA = (j == a ? 1.0 : 0.0) - p;
            out[j] = weight * (g * dLogpA + c.entropyCoef() * p * (logp[j] + h));
        }
    }

    /** Masked log-softmax into {@code out} (masked: -Infinity); returns the entropy in nats. */
    static double logSoftmax(double[] z, boolean[] mask, double[] out) {
        if (mask.length != z.length || out.length != z.length) {
            throw new IllegalArgumentException("mask of " + mask.length + " and output of " + out.length
                    + " entries for " + z.length + " logits");
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < z.length; j++) {
            if (mask[j]) {
                if (!Double.isFinite(z[j])) {
                    throw new IllegalArgumentException("legal logit " + j + " must be finite, got " + z[j]);
                }
                max = Math.max(max, z[j]);
            }
        }
        if (max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("no legal entry in the mask");
        }
        double sum = 0.0;
        for (int j = 0; j < z.length; j++) {
            if (mask[j]) {
                sum += Math.exp(z[j] - max);
            }
        }
        double logSum = Math.log(sum);
        double h = 0.0;
        for (int j = 0; j < z.length; j++) {
            out[j] = mask[j] ? z[j] - max - logSum : Double.NEGATIVE_INFINITY;
            if (mask[j]) {
                h -= Math.exp(out[j]) * out[j];
            }
        }
        return h;
    }

    private static void requireReference(DecisionBatch batch, LossCoefficients c) {
        if (c.beta() > 0 && !batch.hasReference()) {
            throw new IllegalArgumentException("beta is " + c.beta() + " but the batch has no reference "
                    + "log-probabilities (set beta: 0 or give logp_ref)");
        }
    }
}
