package org.cyberselfplay.train.report;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The facts about a run that {@code report.md} states besides its metrics.
 *
 * @param name     the run's name (its directory under {@code runs/})
 * @param scenario the scenario name
 * @param learner  the side trained, {@code blue} or {@code red}
 * @param seed     the root seed
 * @param phases   the phases run, in order, e.g. {@code [sft, grpo]}
 * @param wallTime how long the run took, not negative
 * @param command  the command that reproduces the run, e.g.
 *                 {@code scripts/cyberselfplay train --config runs/quickstart/config.yaml}
 */
public record RunInfo(String name, String scenario, String learner, long seed, List<String> phases,
                      Duration wallTime, String command) {
    public RunInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(learner, "learner");
        phases = List.copyOf(phases);
        Objects.requireNonNull(wallTime, "wallTime");
        if (wallTime.isNegative()) {
            throw new IllegalArgumentException("wall time must not be negative, got " + wallTime);
        }
        if (command == null || command.isBlank()) {
            throw new IllegalArgumentException("the reproduce command must not be blank");
        }
    }
}
