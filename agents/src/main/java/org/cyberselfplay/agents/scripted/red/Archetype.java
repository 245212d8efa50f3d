package org.cyberselfplay.agents.scripted.red;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;

/**
 * A Red archetype as data: ordered rules, the first that fires wins, and a fallback. Parsed from YAML by
 * {@link Archetypes}; played by {@link ArchetypePolicy}. Immutable.
 *
 * @param name        the archetype's name (no {@code @}: that separates a noise level in specs)
 * @param description one line for listings
 * @param rules       the rules, in priority order
 * @param fallback    the tool played (on a uniformly random legal target) when no rule fires and that tool
 *                    is legal; empty, or the tool not legal: a uniformly random legal action
 */
public record Archetype(String name, String description, List<Rule> rules, Optional<Tool> fallback) {
    public Archetype {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        rules = List.copyOf(rules);
        Objects.requireNonNull(fallback, "fallback");
        if (name.isBlank() || name.contains("@")) {
            throw new IllegalArgumentException("archetype name must be non-blank without '@', got \"" + name + "\"");
        }
        if (fallback.isPresent() && fallback.get().side() != Actor.RED) {
            throw new IllegalArgumentException(fallback.get() + " is not a Red tool");
        }
    }
}
