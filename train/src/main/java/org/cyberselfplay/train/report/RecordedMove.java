package org.cyberselfplay.train.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;

/**
 * One move of a recorded episode (one JSONL line of {@link EpisodeRecorder}).
 *
 * @param turn             completed turns when the move was made (Blue and Red share a turn number)
 * @param actor            the side that moved
 * @param action           the action as sent to the env
 * @param accepted         whether the env applied it
 * @param error            the env's refusal message when it did not
 * @param blueReward       Blue's reward from this move
 * @param redReward        Red's reward from this move
 * @param rewardComponents this move's non-zero reward components by wire name
 * @param events           what the mover saw happen
 * @param observation      the mover's {@code CyberObservation} JSON before moving (read-only by convention)
 */
public record RecordedMove(int turn, Actor actor, Action action, boolean accepted, Optional<String> error,
                           double blueReward, double redReward, Map<String, Double> rewardComponents,
                           List<String> events, ObjectNode observation) {
    public RecordedMove {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(error, "error");
        rewardComponents = Map.copyOf(rewardComponents);
        events = List.copyOf(events);
        Objects.requireNonNull(observation, "observation");
    }

    /** The one-paragraph situation report the mover saw ({@code observation.incident_summary}). */
    public String incidentSummary() {
        return observation.path("incident_summary").asText("");
    }

    /** The reward of one side from this move. */
    public double reward(Actor side) {
        return side == Actor.BLUE ? blueReward : redReward;
    }
}
