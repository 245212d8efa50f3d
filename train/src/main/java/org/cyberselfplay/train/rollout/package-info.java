/**
 * Rollouts for training: envs stepped in lockstep ({@link org.cyberselfplay.train.rollout.Lockstep}) with one
 * batched learner inference and one batched {@code actBatch} per opponent per half-turn, opponents drawn per
 * group from a weighted mix ({@link org.cyberselfplay.train.rollout.OpponentMix}), and the GRPO groups of both
 * {@code group_mode}s collected ({@link org.cyberselfplay.train.rollout.RolloutCollector}) into a
 * {@link org.cyberselfplay.train.rollout.RolloutBatch}. The collector cuts a plan into blocks
 * ({@link org.cyberselfplay.train.rollout.RolloutTask}: seeds, settings and policy keys) that a
 * {@link org.cyberselfplay.train.rollout.RolloutExecutor} plays with
 * {@link org.cyberselfplay.train.rollout.BlockPlayer}: a thread pool by default, or an executor of another module
 * found through {@link org.cyberselfplay.train.rollout.RolloutExecutorProvider} (the {@code spark} module's).
 *
 * <p>Side-agnostic: the learner plays Blue or Red. Randomness comes only from seeds drawn up front in a
 * documented order ({@link org.cyberselfplay.train.rollout.RolloutPlan}), so a batch does not depend on the
 * number of threads or the executor.
 *
 * <p>Depends on the env, the agents (policies, neural policy, codec), the league's portable policies and scenario
 * sources ({@code league.eval}), and the train configs' enums and opponent specs; never on the trainers or the CLI.
 */
package org.cyberselfplay.train.rollout;
