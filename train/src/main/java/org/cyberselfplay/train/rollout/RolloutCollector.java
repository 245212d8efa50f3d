package org.cyberselfplay.train.rollout;

import java.util.ArrayList;
import java.util.List;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.league.eval.ScenarioSource;

/**
 * Collects the GRPO groups of a {@link RolloutPlan} with a learner against an {@link OpponentMix}, on a
 * {@link RolloutExecutor} (a thread pool unless given another).
 *
 * <p>The groups are cut into blocks of {@link #groupsPerBlock(int)} consecutive groups, a number fixed by the
 * group size alone; each block is a {@link RolloutTask} that plays in {@link Lockstep} ({@link BlockPlayer}) on
 * one thread with its own copies of the learner and the opponents, and blocks are merged in plan order. Every
 * random choice comes from the plan's seeds, so the batch is identical for any thread count and any executor.
 *
 * <ul>
 *   <li>{@code episode}: the G members of a group reset their envs with the group's env seed, play the group's
 *       opponent with the group's opponent seed, and differ only in their learner seeds; each plays to the end
 *       of the game and every one of its learner decisions is recorded. Reward: the learner's return.</li>
 *   <li>{@code state}: a trunk (the group's env seed, opponent and opponent seed, the trunk learner seed) plays
 *       {@code branchDecision} learner decisions, each answered by the opponent; if the game ends first, the
 *       state before the trunk's last learner decision is used instead. The G members are {@code copy()}s of
 *       that state, each with its own learner seed and the group's branch opponent seed, playing {@code horizon}
 *       learner decisions (each answered) or to the end of the game. Only each member's first decision is
 *       recorded; its reward is the learner's return over the branch.</li>
 * </ul>
 * Close the collector to stop the threads of an executor it made.
 */
public final class RolloutCollector implements AutoCloseable {
    /** Envs a block aims at: enough for batched inference to pay, few enough to spread over cores. */
    public static final int BLOCK_ENVS = 32;

    private final RolloutExecutor executor;
    private final boolean owned;
    private int jobs;

    /** A collector on {@code threads} worker threads ({@code 1}: everything on the calling thread). */
    public RolloutCollector(int threads) {
        this(new ThreadPoolRolloutExecutor(threads), true);
    }

    /** A collector on {@code executor}, which the caller keeps and closes. */
    public RolloutCollector(RolloutExecutor executor) {
        this(executor, false);
    }

    private RolloutCollector(RolloutExecutor executor, boolean owned) {
        this.executor = java.util.Objects.requireNonNull(executor, "executor");
        this.owned = owned;
    }

    /** Groups per block for groups of {@code groupSize}: {@code max(1, BLOCK_ENVS / groupSize)}. */
    public static int groupsPerBlock(int groupSize) {
        return Math.max(1, BLOCK_ENVS / groupSize);
    }

    /**
     * Plays the plan.
     *
     * @param learner  the sampling learner, bound to the scenario to play; shared, only read here
     * @param mix      the opponents, bound to the same scenario
     * @param horizon  learner decisions per branch in {@code state} mode, {@code >= 1}; unused in {@code episode}
     */
    public RolloutBatch collect(RolloutPlan plan, NeuralPolicy learner, OpponentMix mix, int horizon) {
        return collect(plan, learner, mix, horizon, 1.0);
    }

    /**
     * Plays the plan with the learner sampling from {@code softmax(logits / temperature)}, in this process only
     * (the learner's scenario has no portable source here).
     *
     * @param temperature {@code > 0}; 1 samples the policy itself
     */
    public RolloutBatch collect(RolloutPlan plan, NeuralPolicy learner, OpponentMix mix, int horizon,
                                double temperature) {
        return collect(plan, ScenarioSource.local(learner.scenario()), learner, mix, horizon, temperature);
    }

    /**
     * Plays the plan with the learner sampling from {@code softmax(logits / temperature)}.
     *
     * @param scenario where the scenario the learner and the mix are bound to comes from (portable for executors
     *                 in other processes)
     * @param temperature {@code > 0}; 1 samples the policy itself
     */
    public RolloutBatch collect(RolloutPlan plan, ScenarioSource scenario, NeuralPolicy learner, OpponentMix mix,
                                int horizon, double temperature) {
        long start = System.nanoTime();
        List<RolloutResult> results = executor.run(new RolloutJob(++jobs, scenario, learner, mix,
                tasks(plan, horizon, temperature, mix)));
        return merge(learner.side(), mix, results, (System.nanoTime() - start) / 1e9);
    }

    /** The plan's blocks as tasks, in plan order. */
    static List<RolloutTask> tasks(RolloutPlan plan, int horizon, double temperature, OpponentMix mix) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1, got " + horizon);
        }
        int perBlock = groupsPerBlock(plan.groupSize());
        int blocks = (plan.groupCount() + perBlock - 1) / perBlock;
        List<String> keys = RolloutJob.opponentKeys(mix);
        List<RolloutTask> tasks = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) {
            int from = b * perBlock;
            int to = Math.min(plan.groupCount(), from + perBlock);
            tasks.add(new RolloutTask(b, from, plan.mode(), plan.groupSize(), plan.groups().subList(from, to),
                    horizon, temperature, RolloutJob.LEARNER, keys));
        }
        return tasks;
    }

    /** Where the blocks run, for logs. */
    public String describe() {
        return executor.describe();
    }

    @Override
    public void close() {
        if (owned) {
            executor.close();
        }
    }

    private static RolloutBatch merge(Actor side, OpponentMix mix, List<RolloutResult> blocks, double seconds) {
        List<Decision> decisions = new ArrayList<>();
        List<Integer> sequenceOf = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        List<SequenceResult> sequences = new ArrayList<>();
        long steps = 0;
        for (RolloutResult b : blocks) {
            for (RolloutResult.Sequence s : b.sequences()) {
                for (Decision d : s.decisions()) {
                    decisions.add(d);
                    sequenceOf.add(sequences.size());
                    groupOf.add(s.group());
                }
                sequences.add(new SequenceResult(s.group(), s.member(), mix.name(s.opponent()), s.reward(),
                        s.finished(), s.winner(), s.metrics(), s.decisions().size()));
            }
            steps += b.steps();
        }
        return new RolloutBatch(side, decisions, sequenceOf.stream().mapToInt(Integer::intValue).toArray(),
                groupOf.stream().mapToInt(Integer::intValue).toArray(), sequences, steps, seconds);
    }
}
