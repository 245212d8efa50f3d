/**
 * Supervised fine-tuning (behaviour cloning) of the learner on a scripted teacher of its side: the dataset
 * ({@link org.cyberselfplay.train.sft.SftDataset}: the teacher against the configured opponents, recorded as
 * features, codec masks and codec actions) and the trainer ({@link org.cyberselfplay.train.sft.SftTrainer}: masked
 * cross-entropy through {@code PolicyUpdate}, an episode-level validation split, early stopping that keeps the
 * best validation weights).
 *
 * <p>Depends on the env, the agents (policies, neural policy, codec), the rollout engine, the GRPO package's
 * {@code PolicyUpdate}, the train configs, {@code train.run.MetricsRow} and {@code train.report.Progress}.
 */
package org.cyberselfplay.train.sft;
