/**
 * The math of Group Relative Policy Optimization (GRPO; Shao et al., "DeepSeekMath: Pushing the Limits of
 * Mathematical Reasoning in Open Language Models", 2024), shaped like TRL's {@code GRPOTrainer}: small pure
 * functions tested against hand-computed values, and one stateful piece that applies a step to a DL4J network.
 *
 * <ul>
 *   <li>{@link org.cyberselfplay.train.grpo.Advantages}: group-relative advantages with
 *       {@link org.cyberselfplay.train.grpo.ScaleRewards} {@code group | batch | none}, and the share of groups
 *       whose rewards are all equal ({@code train/frac_reward_zero_std});</li>
 *   <li>{@link org.cyberselfplay.train.grpo.AntiCollapse}: the tool-frequency penalty
 *       {@code r' = r - lambda * max(0, p(tool) - tau)};</li>
 *   <li>{@link org.cyberselfplay.train.grpo.GrpoLoss}: clipped ratio, k3 KL to a frozen reference, entropy bonus,
 *       {@link org.cyberselfplay.train.grpo.LossType} {@code grpo | dr_grpo} aggregation, the loss value and its
 *       analytic gradient with respect to the masked logits, over a
 *       {@link org.cyberselfplay.train.grpo.DecisionBatch};</li>
 *   <li>{@link org.cyberselfplay.train.grpo.GradientClipping} and
 *       {@link org.cyberselfplay.train.grpo.LearningRateSchedule};</li>
 *   <li>{@link org.cyberselfplay.train.grpo.PolicyUpdate}: DL4J's external-errors pattern (dL/dlogits, backprop,
 *       updater, parameter step) on a {@code MultiLayerNetwork} built by
 *       {@link org.cyberselfplay.agents.neural.PolicyNetwork}.</li>
 * </ul>
 *
 * <p>Depends on DL4J/ND4J and {@code agents.neural} only ({@code PolicyUpdate}); everything else is plain Java on
 * primitive arrays. Nothing here owns an RNG, reads configs or writes metrics: trainers do.
 */
package org.cyberselfplay.train.grpo;
