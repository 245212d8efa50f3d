/**
 * The trainer: a training run ({@link org.cyberselfplay.train.trainer.TrainingRun}) of SFT, an evaluation of
 * GRPO's starting policy, and GRPO (Shao et al., DeepSeekMath 2024) with the anti-collapse penalty, periodic
 * evaluation ({@link org.cyberselfplay.train.trainer.Evaluator}), an optional scenario curriculum
 * ({@link org.cyberselfplay.train.trainer.Curriculum}), checkpoints and {@code trainer-state.json}
 * ({@link org.cyberselfplay.train.trainer.TrainerState}) so that a killed run resumes exactly.
 *
 * <p>Coordinates only: the math lives in {@code train.grpo}, rollouts in {@code train.rollout}, behaviour
 * cloning in {@code train.sft}, files in {@code train.run}. Randomness comes from the run's root seed, split as
 * {@link org.cyberselfplay.train.trainer.RunSeeds} documents. Progress displays come through
 * {@link org.cyberselfplay.train.trainer.ProgressSource} and plots, reports and recorded episodes through
 * {@code train.run.RunReporter}; both default to doing nothing.
 *
 * <p>Depends on every other {@code train} package except the CLI, on the league's {@code MatchRunner}, the
 * agents and the env.
 */
package org.cyberselfplay.train.trainer;
