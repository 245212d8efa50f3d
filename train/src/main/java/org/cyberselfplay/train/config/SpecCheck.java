package org.cyberselfplay.train.config;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.PolicyException;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.config.ConfigReader;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * Checks that policy specs of one side resolve against the run's scenario, by building each policy once
 * ({@link Policies#red} / {@link Policies#blue}) and reporting the failure at the spec's path. Inactive when
 * the scenario or the side is unknown (a problem has then been reported already). Not thread-safe.
 */
final class SpecCheck {
    private final Optional<Scenario> scenario;
    private final Optional<Actor> side;
    private final Map<String, Optional<String>> verdicts = new HashMap<>();

    SpecCheck(Optional<Scenario> scenario, Optional<Actor> side) {
        this.scenario = scenario;
        this.side = side;
    }

    /** Reports at {@code at} why {@code spec} names no policy of the side; nothing for a non-string node. */
    void check(ConfigReader at, String spec) {
        if (scenario.isEmpty() || side.isEmpty() || !at.node().isTextual() || spec.isBlank()) {
            return;
        }
        verdicts.computeIfAbsent(spec, this::resolve).ifPresent(at::report);
    }

    private Optional<String> resolve(String spec) {
        Actor actor = side.orElseThrow();
        try {
            if (actor == Actor.RED) {
                Policies.red(spec, scenario.orElseThrow());
            } else {
                Policies.blue(spec, scenario.orElseThrow());
            }
            return Optional.empty();
        } catch (PolicyException | IllegalArgumentException | UncheckedIOException e) {
            String sideName = actor == Actor.RED ? "Red" : "Blue";
            return Optional.of("not a " + sideName + " policy: " + e.getMessage());
        }
    }
}
