package org.cyberselfplay.train.config;

import org.cyberselfplay.env.config.Bounds;

/**
 * The {@code sft.dagger} section: DAgger (Ross, Gordon and Bagnell 2011) after behaviour cloning. Each round the
 * student plays {@code episodes} episodes against the opponents, sampling its own actions; the teacher labels every
 * state the student reached; those rows join the training data and the student trains {@code epochs} more epochs
 * on the aggregate. Cloning only the teacher's own states leaves the student lost once a mistake takes it off
 * them; these rounds teach it the way back.
 *
 * @param rounds   {@code rounds}: 0 turns DAgger off, {@code >= 0} (default 0)
 * @param episodes {@code episodes}: student episodes per round, {@code >= 1} (default 500)
 * @param epochs   {@code epochs}: epochs on the aggregate after each round, {@code >= 1} (default 5)
 */
public record DaggerConfig(int rounds, int episodes, int epochs) {
    public DaggerConfig {
        Checks.in("rounds", rounds, Bounds.NON_NEGATIVE);
        Checks.in("episodes", episodes, Bounds.POSITIVE);
        Checks.in("epochs", epochs, Bounds.POSITIVE);
    }

    /** No DAgger rounds (the defaults). */
    public static DaggerConfig off() {
        return new DaggerConfig(0, 500, 5);
    }

    /** Whether any round runs. */
    public boolean enabled() {
        return rounds > 0;
    }
}
