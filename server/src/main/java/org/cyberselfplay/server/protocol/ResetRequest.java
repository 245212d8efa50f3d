package org.cyberselfplay.server.protocol;

import java.util.OptionalLong;
import org.cyberselfplay.env.Actor;

/**
 * The options of a {@code reset}, type-checked but not yet resolved against the scenarios and opponents
 * the server offers.
 *
 * @param scenario  a preset name, or a scenario file under the run directory; null for the default (small)
 * @param seed      the episode seed (>= 0); empty to let the server draw one
 * @param episodeId the client's episode id (at most 255 characters); null to let the server make one
 * @param actor     the side the client plays; null for the default (blue)
 * @param opponent  the opponent spec, or {@code none}; null for the default of the client's side
 */
public record ResetRequest(String scenario, OptionalLong seed, String episodeId, Actor actor, String opponent) {
    /** Every option at its default. */
    public static ResetRequest defaults() {
        return new ResetRequest(null, OptionalLong.empty(), null, null, null);
    }
}
