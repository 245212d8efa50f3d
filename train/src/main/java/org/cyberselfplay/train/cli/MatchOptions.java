package org.cyberselfplay.train.cli;

import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.league.eval.MatchRunner;
import org.cyberselfplay.league.eval.ScenarioSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of commands that play seeded matches ({@code evaluate}, {@code balance}): a picocli mixin. */
final class MatchOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "small", paramLabel = "NAME|FILE",
            description = "A preset (small, medium, large) or a scenario YAML file (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--episodes", defaultValue = "1000", paramLabel = "N",
            description = "Episodes per matchup, >= 1 (default: ${DEFAULT-VALUE}).")
    private int episodes;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "SEED", description = "Root seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: one per core).")
    private Integer threads;

    @Option(names = "--batch", defaultValue = "64", paramLabel = "B",
            description = "Episodes per lockstep block with batched inference (default: ${DEFAULT-VALUE}).")
    private int batch;

    Scenario scenario() {
        return Scenarios.load(scenario);
    }

    /** The scenario with its source, so that executors in other processes can rebuild it. */
    ScenarioSource scenarioSource() {
        return ScenarioSource.of(scenario);
    }

    /** Episodes per matchup, checked. */
    int episodes() {
        if (episodes < 1) {
            throw new ParameterException(spec.commandLine(), "--episodes must be at least 1, got " + episodes);
        }
        return episodes;
    }

    long seed() {
        return seed;
    }

    /** The match runner the options ask for, checked. */
    MatchRunner runner() {
        return new MatchRunner(threads(), batch());
    }

    /** The worker threads, checked with the block size. */
    int threads() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || batch < 1) {
            throw new ParameterException(spec.commandLine(), "--threads and --batch must be at least 1, got "
                    + t + " and " + batch);
        }
        return t;
    }

    /** Episodes per lockstep block, checked with the threads. */
    int batch() {
        threads();
        return batch;
    }
}
