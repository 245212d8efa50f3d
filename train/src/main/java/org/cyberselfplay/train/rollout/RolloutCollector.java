package org.cyberselfplay.train.rollout;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.train.config.GroupMode;

/**
 * Collects the GRPO groups of a {@link RolloutPlan} with a learner against an {@link OpponentMix}, on a thread
 * pool.
 *
 * <p>The groups are cut into blocks of {@link #groupsPerBlock(int)} consecutive groups, a number fixed by the
 * group size alone; each block plays in {@link Lockstep} on one thread with its own {@code forThread()} copies
 * of the learner and the opponents, and blocks are merged in plan order. Every random choice comes from the
 * plan's seeds, so the batch is identical for any thread count.
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
 * Close the collector to stop its threads.
 */
public final class RolloutCollector implements AutoCloseable {
    /** Envs a block aims at: enough for batched inference to pay, few enough to spread over cores. */
    public static final int BLOCK_ENVS = 32;

    private final ExecutorService pool;

    /** A collector on {@code threads} worker threads ({@code 1}: everything on the calling thread). */
    public RolloutCollector(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        AtomicInteger count = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rollout-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
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
     * Plays the plan with the learner sampling from {@code softmax(logits / temperature)}.
     *
     * @param temperature {@code > 0}; 1 samples the policy itself
     */
    public RolloutBatch collect(RolloutPlan plan, NeuralPolicy learner, OpponentMix mix, int horizon,
                                double temperature) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1, got " + horizon);
        }
        long start = System.nanoTime();
        int perBlock = groupsPerBlock(plan.groupSize());
        int blocks = (plan.groupCount() + perBlock - 1) / perBlock;
        List<Block> results = new ArrayList<>(blocks);
        if (pool == null || blocks == 1) {
            for (int b = 0; b < blocks; b++) {
                results.add(block(plan, b * perBlock, Math.min(plan.groupCount(), (b + 1) * perBlock), learner, mix,
                        horizon, temperature));
            }
        } else {
            List<Future<Block>> futures = new ArrayList<>(blocks);
            for (int b = 0; b < blocks; b++) {
                int from = b * perBlock;
                int to = Math.min(plan.groupCount(), from + perBlock);
                NeuralPolicy l = learner.forThread();
                OpponentMix m = mix.forThread();
                futures.add(pool.submit(() -> block(plan, from, to, l, m, horizon, temperature)));
            }
            for (Future<Block> f : futures) {
                results.add(await(f));
            }
        }
        return merge(learner.side(), results, (System.nanoTime() - start) / 1e9);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** The sequences of one block, in plan order, with their recorded decisions. */
    private record Block(List<SequenceResult> sequences, List<List<Decision>> decisions, long steps) {
    }

    private static Block block(RolloutPlan plan, int from, int to, NeuralPolicy learner, OpponentMix mix,
                               int horizon, double temperature) {
        return plan.mode() == GroupMode.EPISODE ? episodes(plan, from, to, learner, mix, temperature)
                : branches(plan, from, to, learner, mix, horizon, temperature);
    }

    private static Block episodes(RolloutPlan plan, int from, int to, NeuralPolicy learner, OpponentMix mix,
                                  double temperature) {
        Scenario scenario = learner.scenario();
        List<Slot> slots = new ArrayList<>();
        for (int g = from; g < to; g++) {
            GroupSeeds gs = plan.groups().get(g);
            for (int m = 0; m < gs.size(); m++) {
                GameEnv env = new GameEnv(scenario);
                env.resetFast(gs.envSeed());
                slots.add(new Slot(slots.size(), env, new SplittableRandom(gs.learnerSeed(m)),
                        new SplittableRandom(gs.opponentSeed()), gs.opponent(), Slot.UNLIMITED, false));
            }
        }
        SamplingMover mover = new SamplingMover(learner, Integer.MAX_VALUE, temperature);
        long steps = Lockstep.play(slots, learner.side(), learner.codec(), mover, mix);
        return collect(plan, from, slots, new double[slots.size()], mover, learner.side(), mix, steps);
    }

    private static Block branches(RolloutPlan plan, int from, int to, NeuralPolicy learner, OpponentMix mix,
                                  int horizon, double temperature) {
        Actor side = learner.side();
        List<Slot> trunks = new ArrayList<>();
        for (int g = from; g < to; g++) {
            GroupSeeds gs = plan.groups().get(g);
            GameEnv env = new GameEnv(learner.scenario());
            env.resetFast(gs.envSeed());
            trunks.add(new Slot(trunks.size(), env, new SplittableRandom(gs.trunkSeed()),
                    new SplittableRandom(gs.opponentSeed()), gs.opponent(), gs.branchDecision(), true));
        }
        long steps = Lockstep.play(trunks, side, learner.codec(), new SamplingMover(learner, 0, temperature), mix);
        List<Slot> slots = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        for (int g = from; g < to; g++) {
            GroupSeeds gs = plan.groups().get(g);
            Slot trunk = trunks.get(g - from);
            GameEnv base = trunk.env().isTerminal() ? trunk.snapshot() : trunk.env();
            if (base == null || base.isTerminal() || base.currentActor() != side) {
                throw new IllegalStateException("group " + g + " has no state where the learner is to move");
            }
            for (int m = 0; m < gs.size(); m++) {
                GameEnv env = base.copy();
                starts.add(env.returnOf(side));
                slots.add(new Slot(slots.size(), env, new SplittableRandom(gs.learnerSeed(m)),
                        new SplittableRandom(gs.branchOpponentSeed()), gs.opponent(), horizon, false));
            }
        }
        SamplingMover mover = new SamplingMover(learner, 1, temperature);
        steps += Lockstep.play(slots, side, learner.codec(), mover, mix);
        double[] start = starts.stream().mapToDouble(Double::doubleValue).toArray();
        return collect(plan, from, slots, start, mover, side, mix, steps);
    }

    private static Block collect(RolloutPlan plan, int from, List<Slot> slots, double[] startReturn,
                                 SamplingMover mover, Actor side, OpponentMix mix, long steps) {
        List<SequenceResult> sequences = new ArrayList<>(slots.size());
        List<List<Decision>> decisions = new ArrayList<>(slots.size());
        for (Slot s : slots) {
            int group = from + s.id() / plan.groupSize();
            int member = s.id() % plan.groupSize();
            GameEnv env = s.env();
            List<Decision> ds = mover.decisions(s.id());
            sequences.add(new SequenceResult(group, member, mix.name(s.opponent()),
                    env.returnOf(side) - startReturn[s.id()], env.isTerminal(), env.winner(), env.metrics(),
                    ds.size()));
            decisions.add(ds);
        }
        return new Block(sequences, decisions, steps);
    }

    private static RolloutBatch merge(Actor side, List<Block> blocks, double seconds) {
        List<Decision> decisions = new ArrayList<>();
        List<Integer> sequenceOf = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        List<SequenceResult> sequences = new ArrayList<>();
        long steps = 0;
        for (Block b : blocks) {
            for (int i = 0; i < b.sequences().size(); i++) {
                SequenceResult s = b.sequences().get(i);
                for (Decision d : b.decisions().get(i)) {
                    decisions.add(d);
                    sequenceOf.add(sequences.size());
                    groupOf.add(s.group());
                }
                sequences.add(s);
            }
            steps += b.steps();
        }
        return new RolloutBatch(side, decisions, sequenceOf.stream().mapToInt(Integer::intValue).toArray(),
                groupOf.stream().mapToInt(Integer::intValue).toArray(), sequences, steps, seconds);
    }

    private static Block await(Future<Block> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rollouts interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("rollouts failed: " + e.getCause(), e.getCause());
        }
    }
}
