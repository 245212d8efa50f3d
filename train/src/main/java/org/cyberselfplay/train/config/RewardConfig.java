package org.cyberselfplay.train.config;

import org.cyberselfplay.env.config.Bounds;

/**
 * The {@code grpo.reward} section: what a sequence (an episode, or a branch) scores before advantages are
 * computed: {@code return_weight x (the learner's return over the sequence) + win_bonus x (1 if the learner won
 * the game within the sequence, else 0)}. The return alone tracks the win poorly (a lost game can earn more
 * containment and playbook reward than a won one); the bonus states the objective the game is decided by.
 *
 * @param returnWeight {@code return_weight}: weight of the learner's return, {@code >= 0} (default 1.0)
 * @param winBonus     {@code win_bonus}: added when the learner won, {@code >= 0} (default 0: the return alone)
 */
public record RewardConfig(double returnWeight, double winBonus) {
    /** Accepted weights. */
    public static final Bounds WEIGHT = Bounds.NON_NEGATIVE;

    public RewardConfig {
        Checks.in("return_weight", returnWeight, WEIGHT);
        Checks.in("win_bonus", winBonus, WEIGHT);
        if (returnWeight == 0 && winBonus == 0) {
            throw new IllegalArgumentException("return_weight and win_bonus are both 0: every reward would be 0");
        }
    }

    /** The defaults listed above. */
    public static RewardConfig defaults() {
        return new RewardConfig(1.0, 0.0);
    }

    /** A sequence's GRPO reward. */
    public double score(double learnerReturn, boolean learnerWon) {
        return returnWeight * learnerReturn + (learnerWon ? winBonus : 0.0);
    }
}
