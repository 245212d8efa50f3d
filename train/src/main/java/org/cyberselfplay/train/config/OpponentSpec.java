package org.cyberselfplay.train.config;

import org.cyberselfplay.env.config.Bounds;

/**
 * One entry of the opponent mix: a policy spec of the side opposite the learner and its sampling weight.
 * Red specs are those {@code Policies.red} accepts ({@code blitz}, {@code apt@0.2}, an archetype YAML path, a
 * checkpoint {@code .zip}); Blue specs those {@code Policies.blue} accepts ({@code scripted:expert}, a checkpoint).
 *
 * @param policy the spec, not blank
 * @param weight relative sampling weight, {@code > 0}; the mix need not sum to 1
 */
public record OpponentSpec(String policy, double weight) {
    /** Weight of an entry that sets none. */
    public static final double DEFAULT_WEIGHT = 1.0;
    /** Accepted weights. */
    public static final Bounds WEIGHT = Bounds.POSITIVE;

    public OpponentSpec {
        Checks.notBlank("policy", policy);
        Checks.in("weight", weight, WEIGHT);
    }

    /** The spec with the default weight. */
    public static OpponentSpec of(String policy) {
        return new OpponentSpec(policy, DEFAULT_WEIGHT);
    }
}
