package org.cyberselfplay.train.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.train.sim.Simulation;
import org.cyberselfplay.train.sim.SimulationSummary;
import org.cyberselfplay.league.stats.WilsonInterval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code simulate}: uniformly random legal Blue against uniformly random legal Red, summarised. */
@Command(name = "simulate",
        description = {"Play uniformly random legal Blue against uniformly random legal Red and summarise "
                + "the episodes: the baseline for every policy.",
                "Episode i uses the i-th env seed and policy RNG split from the root seed, so the same "
                        + "seed gives the same output."})
final class SimulateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "small", paramLabel = "NAME|FILE",
            description = "A preset (small, medium, large) or a scenario YAML file (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--episodes", defaultValue = "100", paramLabel = "N",
            description = "Episodes to play, >= 1 (default: ${DEFAULT-VALUE}).")
    private int episodes;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "SEED",
            description = "Root seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", converter = OutputFormat.Converter.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Override
    public Integer call() {
        if (episodes < 1) {
            throw new ParameterException(spec.commandLine(), "--episodes must be at least 1, got " + episodes);
        }
        Scenario s = Scenarios.load(scenario);
        SimulationSummary summary = Simulation.run(s, episodes, seed);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Json.print(out, toJson(summary));
        } else {
            printTable(out, summary);
        }
        out.flush();
        return 0;
    }

    static ObjectNode toJson(SimulationSummary r) {
        WilsonInterval ci = r.blueWinInterval();
        ObjectNode o = Json.object();
        o.put("scenario", r.scenario());
        o.put("episodes", r.episodes());
        o.put("seed", r.seed());
        o.put("blue_wins", r.blueWins());
        o.put("red_wins", r.redWins());
        o.put("blue_win_rate", Json.round(r.blueWinRate(), 4));
        o.put("blue_win_rate_ci95_low", Json.round(ci.lower(), 4));
        o.put("blue_win_rate_ci95_high", Json.round(ci.upper(), 4));
        o.put("exfiltration_rate", Json.round(r.exfiltrationRate(), 4));
        o.put("critical_asset_compromise_rate", Json.round(r.criticalCompromiseRate(), 4));
        o.put("mean_steps", Json.round(r.meanSteps(), 3));
        putOptional(o, "mean_mttd", r.meanMttd());
        o.put("mttd_episodes", r.mttdEpisodes());
        putOptional(o, "mean_mttr", r.meanMttr());
        o.put("mttr_episodes", r.mttrEpisodes());
        o.put("mean_instruction_completion_rate", Json.round(r.meanCompletionRate(), 4));
        o.put("mean_instruction_violation_rate", Json.round(r.meanViolationRate(), 4));
        o.put("mean_blue_return", Json.round(r.meanBlueReturn(), 3));
        o.put("mean_red_return", Json.round(r.meanRedReturn(), 3));
        o.put("mean_false_positive_cost", Json.round(r.meanFalsePositiveCost(), 3));
        return o;
    }

    private static void putOptional(ObjectNode o, String key, OptionalDouble v) {
        if (v.isPresent()) {
            o.put(key, Json.round(v.getAsDouble(), 3));
        } else {
            o.putNull(key);
        }
    }

    private static void printTable(PrintWriter out, SimulationSummary r) {
        WilsonInterval ci = r.blueWinInterval();
        TextTable t = new TextTable(List.of(), false, false);
        t.row("scenario", r.scenario());
        t.row("episodes", Integer.toString(r.episodes()));
        t.row("seed", Long.toString(r.seed()));
        t.row("Blue wins", String.format(Locale.ROOT, "%d (%s; 95%% Wilson interval %s to %s)", r.blueWins(),
                percent(r.blueWinRate()), percent(ci.lower()), percent(ci.upper())));
        t.row("Red wins", Integer.toString(r.redWins()));
        t.row("exfiltration rate", percent(r.exfiltrationRate()));
        t.row("critical-asset compromise rate", percent(r.criticalCompromiseRate()));
        t.row("mean steps (turns)", fixed(r.meanSteps(), 1));
        t.row("mean MTTD (turns)", optional(r.meanMttd(), r.mttdEpisodes()));
        t.row("mean MTTR (turns)", optional(r.meanMttr(), r.mttrEpisodes()));
        t.row("mean instruction completion rate", percent(r.meanCompletionRate()));
        t.row("mean instruction violation rate", percent(r.meanViolationRate()));
        t.row("mean Blue return", fixed(r.meanBlueReturn(), 3));
        t.row("mean Red return", fixed(r.meanRedReturn(), 3));
        t.row("mean false-positive cost", fixed(r.meanFalsePositiveCost(), 3));
        out.println("Random Blue vs random Red");
        t.print(out);
    }

    private static String optional(OptionalDouble v, int over) {
        return v.isPresent()
                ? String.format(Locale.ROOT, "%.2f (over %d episodes where defined)", v.getAsDouble(), over)
                : "n/a (defined in no episode)";
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * rate);
    }

    static String fixed(double x, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", x);
    }
}
