package org.cyberselfplay.env;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one {@link CyberEnv#step}.
 *
 * @param actor            the side that moved (or tried to)
 * @param error            present when the action was refused; then nothing changed and no time passed
 * @param blueReward       Blue's reward from this step
 * @param redReward        Red's reward from this step
 * @param rewardComponents this step's non-zero reward components by wire name (both sides; names are unique)
 * @param events           what the acting side saw happen
 * @param terminated       the game ended by its rules (exfiltration or the horizon's mission check)
 * @param truncated        cut short from outside the rules; this env never truncates, wrappers may
 * @param winner           the winner once terminated
 */
public record StepResult(Actor actor, Optional<String> error, double blueReward, double redReward,
                         Map<String, Double> rewardComponents, List<String> events, boolean terminated,
                         boolean truncated, Optional<Actor> winner) {
    public StepResult {
        rewardComponents = Map.copyOf(rewardComponents);
        events = List.copyOf(events);
    }

    /** Whether the action was accepted and applied. */
    public boolean accepted() {
        return error.isEmpty();
    }

    /** The reward of one side from this step. */
    public double reward(Actor side) {
        return side == Actor.BLUE ? blueReward : redReward;
    }

    /** Either terminated or truncated. */
    public boolean done() {
        return terminated || truncated;
    }
}
