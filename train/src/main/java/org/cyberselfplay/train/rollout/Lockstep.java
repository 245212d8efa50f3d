package org.cyberselfplay.train.rollout;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.features.ActionCodec;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.StepResult;
import org.cyberselfplay.env.obs.Observation;

/**
 * Plays a block of {@link Slot}s in lockstep on the calling thread. Each round has a learner half (every
 * active slot whose learner is to move: one {@link LearnerMover#choose} call for all of them) and an opponent
 * half (every active slot whose opponent is to move: one {@code actBatch} call per opponent of the mix, slots
 * in slot order). Slots leave the block when they stop (see {@link Slot}); the block ends when none is left.
 *
 * <p>Deterministic: the result depends only on the slots' envs and RNGs and the policies, never on timing.
 */
public final class Lockstep {
    private Lockstep() {
    }

    /** Chooses the learner's moves. */
    public interface LearnerMover {
        /**
         * One codec index per slot, each legal in its observation; the mover may record what it sees.
         *
         * @param slots        the slots whose learner is to move, in slot order
         * @param observations their learner observations, element-wise
         */
        int[] choose(List<Slot> slots, List<Observation> observations);
    }

    /**
     * Plays the slots until every one has stopped.
     *
     * @param learner   the side the mover plays
     * @param codec     the learner's action codec (codec index to env action)
     * @param mover     chooses the learner's moves
     * @param opponents the opponents; {@link Slot#opponent()} indexes it
     * @return env steps played (moves of either side)
     * @throws IllegalStateException when an opponent returns an action the env refuses
     */
    public static long play(List<Slot> slots, Actor learner, ActionCodec codec, LearnerMover mover,
                            OpponentMix opponents) {
        if (opponents.side() != learner.opponent()) {
            throw new IllegalArgumentException("the opponents play " + opponents.side() + " but the learner plays "
                    + learner);
        }
        long steps = 0;
        List<Slot> active = new ArrayList<>(slots);
        active.removeIf(s -> !s.active(learner));
        while (!active.isEmpty()) {
            steps += learnerHalf(active, learner, codec, mover);
            steps += opponentHalf(active, learner, opponents);
            active.removeIf(s -> !s.active(learner));
        }
        return steps;
    }

    private static long learnerHalf(List<Slot> active, Actor learner, ActionCodec codec, LearnerMover mover) {
        List<Slot> moving = new ArrayList<>(active.size());
        List<Observation> observations = new ArrayList<>(active.size());
        for (Slot s : active) {
            if (s.learnerMayMove() && s.env().currentActor() == learner) {
                moving.add(s);
                observations.add(s.env().observe(learner));
            }
        }
        if (moving.isEmpty()) {
            return 0;
        }
        int[] chosen = mover.choose(moving, observations);
        if (chosen.length != moving.size()) {
            throw new IllegalStateException("the learner mover chose " + chosen.length + " actions for "
                    + moving.size() + " envs");
        }
        for (int i = 0; i < chosen.length; i++) {
            Slot s = moving.get(i);
            s.beforeLearnerMove();
            s.env().stepIndex(codec.toEnvIndex(chosen[i]));
            s.moved(true);
        }
        return moving.size();
    }

    private static long opponentHalf(List<Slot> active, Actor learner, OpponentMix opponents) {
        Actor side = learner.opponent();
        long steps = 0;
        for (int o = 0; o < opponents.size(); o++) {
            List<Slot> moving = new ArrayList<>();
            List<Observation> observations = new ArrayList<>();
            List<SplittableRandom> rngs = new ArrayList<>();
            for (Slot s : active) {
                if (s.opponent() == o && !s.env().isTerminal() && s.env().currentActor() == side) {
                    moving.add(s);
                    observations.add(s.env().observe(side));
                    rngs.add(s.opponentRng());
                }
            }
            if (moving.isEmpty()) {
                continue;
            }
            List<Action> actions = opponents.policy(o).actBatch(observations, rngs);
            for (int i = 0; i < moving.size(); i++) {
                StepResult r = moving.get(i).env().step(actions.get(i));
                if (!r.accepted()) {
                    throw new IllegalStateException("opponent " + opponents.name(o) + " (" + side
                            + ") chose an illegal action " + actions.get(i) + ": " + r.error().orElse(""));
                }
                moving.get(i).moved(false);
            }
            steps += moving.size();
        }
        return steps;
    }
}
