package org.cyberselfplay.train.rollout;

import java.util.Objects;
import java.util.Optional;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;

/**
 * One sequence of a batch: a whole episode ({@code episode} mode) or a branch ({@code state} mode).
 *
 * @param group     the group it belongs to
 * @param member    its index within the group
 * @param opponent  the opponent's name
 * @param reward    the GRPO reward: the learner's return over the episode, or over the branch
 * @param finished  whether the game is over (always for an episode; for a branch if it ended within the horizon)
 * @param winner    the winner once finished
 * @param metrics   the game's metrics at the sequence's end (of the whole game so far, for a branch)
 * @param decisions the learner decisions recorded for it (all of an episode's; the first of a branch's)
 */
public record SequenceResult(int group, int member, String opponent, double reward, boolean finished,
                             Optional<Actor> winner, EpisodeMetrics metrics, int decisions) {
    public SequenceResult {
        Objects.requireNonNull(opponent, "opponent");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(metrics, "metrics");
    }

    /** Whether {@code side} won a finished game. */
    public boolean won(Actor side) {
        return finished && winner.filter(w -> w == side).isPresent();
    }
}
