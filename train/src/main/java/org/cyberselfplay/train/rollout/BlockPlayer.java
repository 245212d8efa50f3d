package org.cyberselfplay.train.rollout;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.train.config.GroupMode;

/**
 * Plays one {@link RolloutTask} in {@link Lockstep} on the calling thread: the same code wherever the task runs,
 * so its result depends only on the task and the policies' parameters (see {@link RolloutCollector} for the two
 * group modes).
 */
public final class BlockPlayer {
    private BlockPlayer() {
    }

    /**
     * Plays the block.
     *
     * @param learner the sampling learner, bound to the scenario to play; used by this thread only
     * @param mix     the opponents by the task's indices, bound to the same scenario; used by this thread only
     * @throws IllegalStateException when a policy chooses an illegal action or a group has no state to branch from
     */
    public static RolloutResult play(RolloutTask task, NeuralPolicy learner, OpponentMix mix) {
        return task.mode() == GroupMode.EPISODE ? episodes(task, learner, mix) : branches(task, learner, mix);
    }

    private static RolloutResult episodes(RolloutTask task, NeuralPolicy learner, OpponentMix mix) {
        Scenario scenario = learner.scenario();
        List<Slot> slots = new ArrayList<>();
        for (int g = 0; g < task.groupCount(); g++) {
            GroupSeeds gs = task.group(g);
            for (int m = 0; m < gs.size(); m++) {
                GameEnv env = new GameEnv(scenario);
                env.resetFast(gs.envSeed());
                slots.add(new Slot(slots.size(), env, new SplittableRandom(gs.learnerSeed(m)),
                        new SplittableRandom(gs.opponentSeed()), gs.opponent(), Slot.UNLIMITED, false));
            }
        }
        SamplingMover mover = new SamplingMover(learner, Integer.MAX_VALUE, task.temperature());
        long steps = Lockstep.play(slots, learner.side(), learner.codec(), mover, mix);
        return result(task, slots, new double[slots.size()], mover, learner.side(), steps);
    }

    private static RolloutResult branches(RolloutTask task, NeuralPolicy learner, OpponentMix mix) {
        Actor side = learner.side();
        List<Slot> trunks = new ArrayList<>();
        for (int g = 0; g < task.groupCount(); g++) {
            GroupSeeds gs = task.group(g);
            GameEnv env = new GameEnv(learner.scenario());
            env.resetFast(gs.envSeed());
            trunks.add(new Slot(trunks.size(), env, new SplittableRandom(gs.trunkSeed()),
                    new SplittableRandom(gs.opponentSeed()), gs.opponent(), gs.branchDecision(), true));
        }
        long steps = Lockstep.play(trunks, side, learner.codec(), new SamplingMover(learner, 0, task.temperature()),
                mix);
        List<Slot> slots = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        for (int g = 0; g < task.groupCount(); g++) {
            GroupSeeds gs = task.group(g);
            Slot trunk = trunks.get(g);
            GameEnv base = trunk.env().isTerminal() ? trunk.snapshot() : trunk.env();
            if (base == null || base.isTerminal() || base.currentActor() != side) {
                throw new IllegalStateException("group " + (task.firstGroup() + g) + " has no state where the "
                        + "learner is to move");
            }
            for (int m = 0; m < gs.size(); m++) {
                GameEnv env = base.copy();
                starts.add(env.returnOf(side));
                slots.add(new Slot(slots.size(), env, new SplittableRandom(gs.learnerSeed(m)),
                        new SplittableRandom(gs.branchOpponentSeed()), gs.opponent(), task.horizon(), false));
            }
        }
        SamplingMover mover = new SamplingMover(learner, 1, task.temperature());
        steps += Lockstep.play(slots, side, learner.codec(), mover, mix);
        double[] start = starts.stream().mapToDouble(Double::doubleValue).toArray();
        return result(task, slots, start, mover, side, steps);
    }

    private static RolloutResult result(RolloutTask task, List<Slot> slots, double[] startReturn, SamplingMover mover,
                                        Actor side, long steps) {
        List<RolloutResult.Sequence> sequences = new ArrayList<>(slots.size());
        for (Slot s : slots) {
            GameEnv env = s.env();
            sequences.add(new RolloutResult.Sequence(task.firstGroup() + s.id() / task.groupSize(),
                    s.id() % task.groupSize(), s.opponent(), env.returnOf(side) - startReturn[s.id()],
                    env.isTerminal(), env.winner(), env.metrics(), mover.decisions(s.id())));
        }
        return RolloutResult.of(task.block(), sequences, steps);
    }
}
