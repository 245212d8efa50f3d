package org.cyberselfplay.train.rollout;

import java.util.Objects;
import java.util.SplittableRandom;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.game.GameEnv;

/**
 * One env of a {@link Lockstep} block with its randomness and its stopping rule. Mutable, owned by one
 * thread.
 *
 * <p>A slot stops when its game is over or, with a move limit, once the learner has made that many moves and
 * the opponent has replied (the learner is to move again). A limit of 0 therefore plays nothing for a learner
 * that is to move, and only the opponent's opening move for one that is not.
 */
public final class Slot {
    /** {@link #moveLimit} of a slot played to the end of its game. */
    public static final int UNLIMITED = -1;

    private final int id;
    private final GameEnv env;
    private final SplittableRandom learnerRng;
    private final SplittableRandom opponentRng;
    private final int opponent;
    private final boolean snapshots;
    private int movesLeft;
    private long steps;
    private GameEnv snapshot;

    /**
     * @param id          the slot's index within its block, {@code >= 0} (movers record by it)
     * @param env         a reset env, owned by the slot from now on
     * @param learnerRng  the learner's action RNG
     * @param opponentRng the opponent's action RNG
     * @param opponent    index of the opponent in the block's {@link OpponentMix}
     * @param moveLimit   learner moves before the slot stops, {@code >= 0}, or {@link #UNLIMITED}
     * @param snapshots   whether to keep a copy of the env before each learner move ({@link #snapshot()})
     */
    public Slot(int id, GameEnv env, SplittableRandom learnerRng, SplittableRandom opponentRng, int opponent,
                int moveLimit, boolean snapshots) {
        if (id < 0 || opponent < 0 || moveLimit < UNLIMITED) {
            throw new IllegalArgumentException("bad slot: id " + id + ", opponent " + opponent + ", move limit "
                    + moveLimit);
        }
        this.id = id;
        this.env = Objects.requireNonNull(env, "env");
        this.learnerRng = Objects.requireNonNull(learnerRng, "learnerRng");
        this.opponentRng = Objects.requireNonNull(opponentRng, "opponentRng");
        this.opponent = opponent;
        this.movesLeft = moveLimit;
        this.snapshots = snapshots;
    }

    public int id() {
        return id;
    }

    public GameEnv env() {
        return env;
    }

    public SplittableRandom learnerRng() {
        return learnerRng;
    }

    public SplittableRandom opponentRng() {
        return opponentRng;
    }

    public int opponent() {
        return opponent;
    }

    /** Env steps (moves of either side) played in this slot. */
    public long steps() {
        return steps;
    }

    /** A copy of the env as it was before the learner's latest move; null before its first move. */
    public GameEnv snapshot() {
        return snapshot;
    }

    /** Whether the learner may still move: not over and not out of moves. */
    boolean learnerMayMove() {
        return !env.isTerminal() && movesLeft != 0;
    }

    /** Whether the slot still plays. */
    boolean active(Actor learner) {
        return !env.isTerminal() && !(movesLeft == 0 && env.currentActor() == learner);
    }

    /** Records a learner move about to be applied. */
    void beforeLearnerMove() {
        if (snapshots) {
            snapshot = env.copy();
        }
    }

    /** Counts a move that was applied. */
    void moved(boolean learner) {
        steps++;
        if (learner && movesLeft > 0) {
            movesLeft--;
        }
    }
}
