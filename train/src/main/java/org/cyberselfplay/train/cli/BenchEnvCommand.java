package org.cyberselfplay.train.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.train.sim.BenchResult;
import org.cyberselfplay.train.sim.EnvBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench env}: single-threaded random-play env steps per second. */
@Command(name = "env",
        description = {"Step the env with uniformly random legal actions of both sides on one thread, "
                + "resetting when an episode ends, and report steps per second.",
                "One step is one action (Blue or Red); the clock is read every 4096 steps."})
final class BenchEnvCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "small", paramLabel = "NAME|FILE|all",
            description = "A preset, a scenario YAML file, or 'all' for every preset in turn "
                    + "(default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "S",
            description = "Timed seconds per scenario, > 0 (default: ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "S",
            description = "Untimed warm-up seconds per scenario, >= 0 (default: ${DEFAULT-VALUE}).")
    private double warmup;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "SEED",
            description = "Root seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--json", description = "Print JSON (an array with --scenario all) instead of a table.")
    private boolean json;

    @Override
    public Integer call() {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new ParameterException(spec.commandLine(), "--seconds must be a number > 0, got " + seconds);
        }
        if (!(warmup >= 0) || Double.isInfinite(warmup)) {
            throw new ParameterException(spec.commandLine(), "--warmup must be a number >= 0, got " + warmup);
        }
        boolean all = "all".equals(scenario);
        List<Scenario> scenarios = all
                ? Scenarios.presetNames().stream().map(Scenarios::preset).toList()
                : List.of(Scenarios.load(scenario));
        List<BenchResult> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            results.add(EnvBenchmark.run(s, seconds, warmup, seed));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json && all) {
            ArrayNode array = Json.array();
            results.forEach(r -> array.add(toJson(r)));
            Json.print(out, array);
        } else if (json) {
            Json.print(out, toJson(results.get(0)));
        } else {
            printTable(out, results);
        }
        out.flush();
        return 0;
    }

    static ObjectNode toJson(BenchResult r) {
        ObjectNode o = Json.object();
        o.put("scenario", r.scenario());
        o.put("steps", r.steps());
        o.put("seconds", Json.round(r.seconds(), 3));
        o.put("steps_per_second", Math.round(r.stepsPerSecond()));
        o.put("episodes", r.episodes());
        o.put("warmup_seconds", r.warmupSeconds());
        o.put("threads", r.threads());
        o.put("java", r.javaVersion());
        return o;
    }

    private static void printTable(PrintWriter out, List<BenchResult> results) {
        TextTable t = new TextTable(List.of("scenario", "steps", "seconds", "steps/s", "episodes"),
                false, true, true, true, true);
        for (BenchResult r : results) {
            t.row(r.scenario(), String.format(Locale.ROOT, "%,d", r.steps()),
                    String.format(Locale.ROOT, "%.2f", r.seconds()),
                    String.format(Locale.ROOT, "%,d", Math.round(r.stepsPerSecond())),
                    String.format(Locale.ROOT, "%,d", r.episodes()));
        }
        t.print(out);
        BenchResult first = results.get(0);
        out.printf(Locale.ROOT, "%d thread, %.1f s warm-up per scenario, Java %s%n", first.threads(),
                first.warmupSeconds(), first.javaVersion());
    }
}
