package org.cyberselfplay.league.eval;

import java.util.Objects;
import org.cyberselfplay.env.Actor;

/**
 * One Blue policy against one Red policy over {@code episodes} seeded episodes ({@link EpisodeSeeds} of
 * {@code seed}).
 *
 * @param label    for logs and errors, e.g. {@code learner vs blitz}
 * @param blue     the Blue policy
 * @param red      the Red policy
 * @param seed     the root seed of the episodes
 * @param episodes episodes, {@code >= 1}
 */
public record Matchup(String label, JobPolicy blue, JobPolicy red, long seed, int episodes) {
    public Matchup {
        Objects.requireNonNull(label, "label");
        if (blue.side() != Actor.BLUE || red.side() != Actor.RED) {
            throw new IllegalArgumentException("need a Blue and a Red policy, got " + blue.side() + " and "
                    + red.side());
        }
        if (episodes < 1) {
            throw new IllegalArgumentException("episodes must be >= 1, got " + episodes);
        }
    }
}
