package org.cyberselfplay.server.session;

import java.util.Optional;
import org.cyberselfplay.agents.Policy;

/**
 * The opponent of a session.
 *
 * @param spec   the name as resolved (e.g. {@code blitz@0.2}, {@code expert}, {@code none})
 * @param policy the scripted policy answering the client's moves; empty for {@code none}, where the client
 *               plays both sides
 */
public record Opponent(String spec, Optional<Policy> policy) {
    /** No opponent: the client drives both sides in turn. */
    public static Opponent none() {
        return new Opponent(Catalog.NONE, Optional.empty());
    }
}
