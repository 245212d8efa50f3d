package org.cyberselfplay.env.obs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;

/**
 * What one side sees, typed. Built only from that side's view of the game: nothing hidden from it.
 * {@link ObservationJson} renders the original's {@code CyberObservation} JSON shape.
 *
 * @param actor            whose observation this is
 * @param timeStep         completed turns
 * @param maxTurns         the horizon
 * @param done             whether the game is over
 * @param reward           this side's reward since it last acted (its own action and the opponent's reply)
 * @param rewardComponents that reward by component wire name (non-zero entries only)
 * @param events           what this side saw happen since it last acted, oldest first
 * @param error            the refusal message of this side's last action, if it was refused
 * @param episodeReturn    this side's return so far
 * @param finalMetrics     the episode's metrics, present only once it is over (mid-game they would leak)
 * @param legalActions     the legal action indices of this side now (empty when it is not its turn)
 * @param view             the side-specific view
 */
public record Observation(Actor actor, int timeStep, int maxTurns, boolean done, double reward,
                          Map<String, Double> rewardComponents, List<String> events, Optional<String> error,
                          double episodeReturn, Optional<EpisodeMetrics> finalMetrics, ActionMask legalActions,
                          SideView view) {
    public Observation {
        rewardComponents = Map.copyOf(rewardComponents);
        events = List.copyOf(events);
    }

    /** Turns left before the horizon. */
    public int turnsLeft() {
        return maxTurns - timeStep;
    }

    /** Blue's view; throws if this is Red's observation. */
    public BlueView blue() {
        if (view instanceof BlueView b) {
            return b;
        }
        throw new IllegalStateException("this is " + actor + "'s observation, not blue's");
    }

    /** Red's view; throws if this is Blue's observation. */
    public RedView red() {
        if (view instanceof RedView r) {
            return r;
        }
        throw new IllegalStateException("this is " + actor + "'s observation, not red's");
    }
}
