package org.cyberselfplay.train.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.league.eval.ExecutorSettings;
import org.cyberselfplay.league.eval.JobPolicy;
import org.cyberselfplay.league.eval.MatchExecutor;
import org.cyberselfplay.league.eval.MatchExecutors;
import org.cyberselfplay.league.eval.MatchOutcome;
import org.cyberselfplay.league.eval.MatchRunner;
import org.cyberselfplay.league.eval.Matchup;
import org.cyberselfplay.league.eval.MatchupSummary;
import org.cyberselfplay.league.eval.ScenarioSource;
import org.cyberselfplay.train.config.ExecutorConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code evaluate}: a Blue policy against Red opponents over seeded episodes, with honest intervals. */
@Command(name = "evaluate",
        description = {"Play a Blue policy against each Red opponent over seeded episodes and report, per "
                + "opponent, the win rate with its 95%% Wilson interval, mean returns with 95%% intervals, "
                + "exfiltration rate, MTTD, MTTR, instruction completion and false-positive cost.",
                "Results depend only on the seed (and --batch), never on --threads or --executor."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--blue", required = true, paramLabel = "POLICY",
            description = "scripted:NAME (expert, random, noop, instructions_only, lockdown, constant:<tool>) or a "
                    + "checkpoint .zip.")
    private String blue;

    @Option(names = "--red", defaultValue = "all", paramLabel = "all|NAMES",
            description = "A comma-separated list of archetype names (with @noise, e.g. blitz@0.2), archetype "
                    + "YAML paths and Red checkpoint .zip files; all stands for the built-in archetypes, alone or "
                    + "in the list (default: ${DEFAULT-VALUE}).")
    private String red;

    @Mixin
    private MatchOptions match;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", converter = ReportFormat.Converter.class,
            description = "Output format: table, csv, json, md (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Mixin
    private ExecutorOptions executor;

    @Override
    public Integer call() {
        int episodes = match.episodes();
        ExecutorSettings settings = executor.executor().orElse(ExecutorConfig.threads()).settings(match.threads());
        ScenarioSource sc = match.scenarioSource();
        JobPolicy bluePolicy = JobPolicy.ofSpec(Actor.BLUE, blue, sc.scenario());
        List<Matchup> matchups = new ArrayList<>();
        for (String name : redSpecs()) {
            JobPolicy opponent = JobPolicy.ofSpec(Actor.RED, name, sc.scenario());
            matchups.add(new Matchup(bluePolicy.live().name() + " vs " + opponent.live().name(), bluePolicy,
                    opponent, match.seed(), episodes));
        }
        List<MatchOutcome> outcomes;
        try (MatchExecutor ex = MatchExecutors.create(settings)) {
            outcomes = new MatchRunner(ex, match.batch()).play(0, sc, matchups);
        }
        List<MatchupSummary> rows = new ArrayList<>();
        List<Map<String, Double>> shares = new ArrayList<>();
        for (int i = 0; i < matchups.size(); i++) {
            rows.add(MatchupSummary.of(bluePolicy.live().name(), matchups.get(i).red().live().name(),
                    outcomes.get(i).episodes()));
            shares.add(MatchOutcome.shares(Actor.BLUE, outcomes.get(i).tools(Actor.BLUE)));
        }
        PrintWriter out = spec.commandLine().getOut();
        EvaluationReport.print(out, format, sc.scenario().name(), match.seed(), rows, shares);
        out.flush();
        return 0;
    }

    /** The Red specs of {@code --red}, {@code all} standing for the built-in archetypes wherever it appears. */
    private List<String> redSpecs() {
        List<String> specs = new ArrayList<>();
        for (String s : red.split(",")) {
            String spec = s.trim();
            if (spec.equalsIgnoreCase("all")) {
                specs.addAll(Policies.allRed());
            } else if (!spec.isEmpty()) {
                specs.add(spec);
            }
        }
        if (specs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--red names no opponent; give all or a comma-separated list");
        }
        return specs;
    }
}
