package org.cyberselfplay.train.config;

import org.cyberselfplay.env.config.Bounds;

/**
 * The {@code grpo.anti_collapse} section: before advantages are computed, each sample's reward becomes
 * {@code r_i - lambda * max(0, p(a_i) - tau)}, where {@code p(a_i)} is the share of the batch's actions that
 * use sample i's tool. It discourages a policy from collapsing onto one tool. Disabled, GRPO is vanilla.
 *
 * @param enabled {@code enabled} (default false)
 * @param lambda  {@code lambda}: penalty weight, {@code >= 0} (default 1.0)
 * @param tau     {@code tau}: tool share tolerated without penalty, in [0, 1] (default 0.4)
 */
public record AntiCollapseConfig(boolean enabled, double lambda, double tau) {
    /** Accepted penalty weights. */
    public static final Bounds LAMBDA = Bounds.NON_NEGATIVE;
    /** Accepted tolerated shares. */
    public static final Bounds TAU = Bounds.UNIT;

    public AntiCollapseConfig {
        Checks.in("lambda", lambda, LAMBDA);
        Checks.in("tau", tau, TAU);
    }

    /** The defaults listed above. */
    public static AntiCollapseConfig defaults() {
        return new AntiCollapseConfig(false, 1.0, 0.4);
    }
}
