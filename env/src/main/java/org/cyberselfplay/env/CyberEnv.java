package org.cyberselfplay.env;

import java.util.List;
import java.util.Optional;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * The alternating two-player (AEC) Red-vs-Blue game. Blue moves, then Red; that is one turn.
 *
 * <p>Not thread-safe: one env per thread. All randomness comes from one {@link java.util.SplittableRandom}
 * seeded by {@link #reset(long)}; the same seed and the same actions give the same trajectory.
 */
public interface CyberEnv {

    /** The fixed facts of this game. */
    Scenario scenario();

    /** Starts a new episode from {@code seed} and returns Blue's first observation. */
    Observation reset(long seed);

    /** The side to move. Undefined before the first reset. */
    Actor currentActor();

    /**
     * Applies one action of the side to move. An action that is malformed, out of turn, illegal now, or
     * sent after the end changes nothing and returns a result whose {@code error} names what is accepted;
     * that error also shows in the actor's next observation.
     */
    StepResult step(Action action);

    /** What {@code side} sees now, with its reward since it last acted. */
    Observation observe(Actor side);

    /** The actions {@code side} may take now (empty when it is not its turn or the game is over). */
    List<Action> legalActions(Actor side);

    /** Whether the game is over. */
    boolean isTerminal();

    /** The winner once the game is over. */
    Optional<Actor> winner();

    /** Metrics of the episode so far (final once terminal). */
    EpisodeMetrics metrics();

    /** An independent deep copy that continues exactly as this env would, RNG included. */
    CyberEnv copy();
}
