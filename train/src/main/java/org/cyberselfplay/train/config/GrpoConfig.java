package org.cyberselfplay.train.config;

import org.cyberselfplay.train.grpo.LossType;
import org.cyberselfplay.train.grpo.ScaleRewards;
import java.util.Objects;
import org.cyberselfplay.env.config.Bounds;

/**
 * The {@code grpo} section: Group Relative Policy Optimization (Shao et al., DeepSeekMath 2024), in the shape
 * of TRL's {@code GRPOTrainer}. Each update collects {@code groups_per_update} groups of {@code group_size}
 * samples that share a start, normalizes rewards within them, and makes {@code num_iterations} passes over
 * that batch, each of {@code steps_per_generation} clipped policy-gradient steps on minibatches of whole groups,
 * with a KL penalty towards the frozen SFT reference.
 *
 * @param enabled         {@code enabled} (default true)
 * @param updates         {@code updates}: batches collected, {@code >= 1} (default 100)
 * @param groupMode       {@code group_mode}: {@code episode} or {@code state} (default {@code episode})
 * @param groupSize       {@code group_size}: samples per group G, {@code >= 2} (default 8)
 * @param groupsPerUpdate {@code groups_per_update}: {@code >= 1} (default 8)
 * @param horizon         {@code horizon}: turns each branch of a {@code state} group is rolled out before it is
 *                        scored, {@code >= 1}; unused in {@code episode} mode (default 10)
 * @param scaleRewards    {@code scale_rewards}: {@code group}, {@code batch} or {@code none} (default
 *                        {@code group})
 * @param epsilon         {@code epsilon}: lower clip, the ratio is kept above {@code 1 - epsilon}; in (0, 1)
 *                        (default 0.2)
 * @param epsilonHigh     {@code epsilon_high}: upper clip, the ratio is kept below {@code 1 + epsilon_high};
 *                        {@code > 0} (default {@code epsilon})
 * @param numIterations   {@code num_iterations}: passes over each collected batch, {@code >= 1} (default 1)
 * @param stepsPerGeneration {@code steps_per_generation}: optimiser steps per pass, each on one minibatch of
 *                        whole groups (TRL's {@code steps_per_generation}); in {@code [1, groups_per_update]}
 *                        (default 1: one step on the whole batch)
 * @param beta            {@code beta}: weight of the k3 KL estimate to the reference, {@code >= 0}; 0 skips the
 *                        reference policy (default 0.04)
 * @param lossType        {@code loss_type}: {@code grpo} or {@code dr_grpo} (default {@code grpo})
 * @param entropyCoef     {@code entropy_coef}: weight of the entropy bonus, {@code >= 0} (default 0)
 * @param maxGradNorm     {@code max_grad_norm}: global gradient-norm clip, {@code >= 0}; 0 turns clipping off
 *                        (default 1.0)
 * @param learningRate    {@code learning_rate}: {@code > 0} (default {@code network.learning_rate})
 * @param lrSchedule      {@code lr_schedule}: see {@link LrSchedule}
 * @param antiCollapse    {@code anti_collapse}: see {@link AntiCollapseConfig}
 * @param reward          {@code reward}: what a sequence scores, see {@link RewardConfig}
 * @param temperature     {@code temperature}: the policy GRPO samples from and optimizes is
 *                        {@code softmax(logits / temperature)} (as in TRL, where the generation temperature also
 *                        scales the logits of the loss); above 1 it explores more around a sharp SFT start,
 *                        while evaluation and checkpoints keep playing {@code softmax(logits)}; {@code > 0}
 *                        (default 1)
 */
public record GrpoConfig(boolean enabled, int updates, GroupMode groupMode, int groupSize, int groupsPerUpdate,
                         int horizon, ScaleRewards scaleRewards, double epsilon, double epsilonHigh,
                         int numIterations, int stepsPerGeneration, double beta, LossType lossType,
                         double entropyCoef, double maxGradNorm, double learningRate, LrSchedule lrSchedule,
                         AntiCollapseConfig antiCollapse, RewardConfig reward, double temperature) {
    /** Default {@code updates}. */
    public static final int DEFAULT_UPDATES = 100;
    /** Default {@code group_size}. */
    public static final int DEFAULT_GROUP_SIZE = 8;
    /** Default {@code groups_per_update}. */
    public static final int DEFAULT_GROUPS_PER_UPDATE = 8;
    /** Default {@code horizon}. */
    public static final int DEFAULT_HORIZON = 10;
    /** Default {@code epsilon}. */
    public static final double DEFAULT_EPSILON = 0.2;
    /** Default {@code num_iterations}. */
    public static final int DEFAULT_NUM_ITERATIONS = 1;
    /** Default {@code steps_per_generation}. */
    public static final int DEFAULT_STEPS_PER_GENERATION = 1;
    /** Default {@code beta}. */
    public static final double DEFAULT_BETA = 0.04;
    /** Default {@code entropy_coef}. */
    public static final double DEFAULT_ENTROPY_COEF = 0.0;
    /** Default {@code max_grad_norm}. */
    public static final double DEFAULT_MAX_GRAD_NORM = 1.0;
    /** Accepted group sizes: a group of one has no relative advantage. */
    public static final Bounds GROUP_SIZE = Bounds.atLeast(2);
    /** Accepted {@code epsilon}. */
    public static final Bounds EPSILON = Bounds.open(0, 1);

    public GrpoConfig {
        Checks.in("updates", updates, Bounds.POSITIVE);
        Objects.requireNonNull(groupMode, "group_mode");
        Checks.in("group_size", groupSize, GROUP_SIZE);
        Checks.in("groups_per_update", groupsPerUpdate, Bounds.POSITIVE);
        Checks.in("horizon", horizon, Bounds.POSITIVE);
        Objects.requireNonNull(scaleRewards, "scale_rewards");
        Checks.in("epsilon", epsilon, EPSILON);
        Checks.in("epsilon_high", epsilonHigh, Bounds.POSITIVE);
        Checks.in("num_iterations", numIterations, Bounds.POSITIVE);
        Checks.in("steps_per_generation", stepsPerGeneration, Bounds.closed(1, groupsPerUpdate));
        Checks.in("beta", beta, Bounds.NON_NEGATIVE);
        Objects.requireNonNull(lossType, "loss_type");
        Checks.in("entropy_coef", entropyCoef, Bounds.NON_NEGATIVE);
        Checks.in("max_grad_norm", maxGradNorm, Bounds.NON_NEGATIVE);
        Checks.in("learning_rate", learningRate, Bounds.POSITIVE);
        Objects.requireNonNull(lrSchedule, "lr_schedule");
        Objects.requireNonNull(antiCollapse, "anti_collapse");
        Objects.requireNonNull(reward, "reward");
        Checks.in("temperature", temperature, Bounds.POSITIVE);
        LrSchedule.warmupProblem(lrSchedule.type(), lrSchedule.warmupSteps(),
                        optimizerSteps(updates, numIterations, stepsPerGeneration))
                .ifPresent(p -> {
                    throw new IllegalArgumentException("lr_schedule.warmup_steps: " + p);
                });
    }

    /** Samples collected per update: {@code group_size x groups_per_update}. */
    public int samplesPerUpdate() {
        return groupSize * groupsPerUpdate;
    }

    /** Optimiser steps of the whole run: {@code updates x num_iterations x steps_per_generation}. */
    public int optimizerSteps() {
        return optimizerSteps(updates, numIterations, stepsPerGeneration);
    }

    /** This section with {@code updates} in its place (validated again: the warm-up must still fit). */
    public GrpoConfig withUpdates(int updates) {
        return new GrpoConfig(enabled, updates, groupMode, groupSize, groupsPerUpdate, horizon, scaleRewards,
                epsilon, epsilonHigh, numIterations, stepsPerGeneration, beta, lossType, entropyCoef, maxGradNorm,
                learningRate, lrSchedule, antiCollapse, reward, temperature);
    }

    /** This section with {@code antiCollapse} in its place. */
    public GrpoConfig withAntiCollapse(AntiCollapseConfig antiCollapse) {
        return new GrpoConfig(enabled, updates, groupMode, groupSize, groupsPerUpdate, horizon, scaleRewards,
                epsilon, epsilonHigh, numIterations, stepsPerGeneration, beta, lossType, entropyCoef, maxGradNorm,
                learningRate, lrSchedule, antiCollapse, reward, temperature);
    }

    /** Whether the KL term, and so the frozen reference policy, is needed. */
    public boolean usesReference() {
        return beta > 0;
    }

    static int optimizerSteps(int updates, int numIterations, int stepsPerGeneration) {
        return (int) Math.min(Integer.MAX_VALUE, (long) updates * numIterations * stepsPerGeneration);
    }
}
