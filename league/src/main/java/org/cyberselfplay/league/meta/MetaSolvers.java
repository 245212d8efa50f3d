package org.cyberselfplay.league.meta;

import java.util.List;
import java.util.Locale;

/** The meta-solvers by config name. */
public final class MetaSolvers {
    /** The names {@link #fromName} accepts. */
    public static final List<String> NAMES = List.of("uniform", "replicator", "prd", "nash");

    private MetaSolvers() {
    }

    /** The solver a config names, with default parameters. */
    public static MetaSolver fromName(String name) {
        return fromName(name, MetaSolverSettings.defaults());
    }

    /**
     * The solver a config names (case-insensitive), built from {@code settings}.
     *
     * @throws IllegalArgumentException naming the value and listing the accepted names when it is unknown,
     *                                  or naming the parameter when a setting is out of range
     */
    public static MetaSolver fromName(String name, MetaSolverSettings settings) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "uniform" -> new UniformSolver();
            case "replicator" -> new ReplicatorSolver(settings.replicatorEta(), settings.replicatorNewEntryMass());
            case "prd" -> new ProjectedReplicatorSolver(settings.prdIterations(), settings.prdDt(),
                    settings.prdGamma(), settings.prdAverageFraction());
            case "nash" -> new NashSolver();
            default -> throw new IllegalArgumentException("unknown meta-solver \"" + name + "\"; accepted: "
                    + String.join(", ", NAMES));
        };
    }
}
