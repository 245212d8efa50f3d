package org.cyberselfplay.train.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.features.FeatureLayout;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.agents.neural.NetworkConfig;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.train.sim.RolloutBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench rollout}: neural Blue against a Red opponent, env steps per second with batched DL4J inference. */
@Command(name = "rollout",
        description = {"Play a neural Blue (a checkpoint, or a freshly initialized network) against a Red "
                + "opponent on the evaluation engine and report policy-driven env steps per second.",
                "Each thread steps --envs envs in lockstep with one batched forward pass per half-turn."})
final class BenchRolloutCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--blue", paramLabel = "CHECKPOINT",
            description = "A Blue checkpoint .zip (default: a freshly initialized network, hidden 128,128).")
    private Path blue;

    @Option(names = "--red", defaultValue = "blitz", paramLabel = "POLICY",
            description = "The Red opponent: an archetype (with @noise), a YAML path or a checkpoint (default: ${DEFAULT-VALUE}).")
    private String red;

    @Option(names = "--scenario", defaultValue = "small", paramLabel = "NAME|FILE",
            description = "A preset or a scenario YAML file (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--envs", defaultValue = "64", split = ",", paramLabel = "N[,N...]",
            description = "Envs per thread in lockstep; a comma-separated list measures each in turn (default: ${DEFAULT-VALUE}).")
    private List<Integer> envs;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: one per core).")
    private Integer threads;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "S", description = "Timed seconds per --envs value (default: ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(names = "--warmup", defaultValue = "2", paramLabel = "S", description = "Untimed warm-up seconds (default: ${DEFAULT-VALUE}).")
    private double warmup;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "SEED", description = "Root seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--json", description = "Print JSON instead of a table (an array when several --envs are given).")
    private boolean json;

    @Override
    public Integer call() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || envs.stream().anyMatch(e -> e < 1) || !(seconds > 0) || !(warmup >= 0)) {
            throw new ParameterException(spec.commandLine(),
                    "--threads and --envs must be >= 1, --seconds > 0 and --warmup >= 0");
        }
        Scenario sc = Scenarios.load(scenario);
        Policy bluePolicy = blue == null
                ? NeuralPolicy.create(sc, Actor.BLUE, FeatureLayout.defaults(), NetworkConfig.defaults(seed))
                : Checkpoints.load(blue, sc, Actor.BLUE);
        Policy redPolicy = Policies.red(red, sc);
        List<RolloutBenchmark.Result> results = new ArrayList<>();
        for (int n : envs) {
            results.add(RolloutBenchmark.run(sc, bluePolicy, redPolicy, n, t, seconds, warmup, seed));
        }
        print(spec.commandLine().getOut(), results);
        return 0;
    }

    private void print(PrintWriter out, List<RolloutBenchmark.Result> results) {
        if (json) {
            ArrayNode array = Json.array();
            results.forEach(r -> array.add(toJson(r)));
            Json.print(out, results.size() == 1 ? array.get(0) : array);
        } else {
            TextTable table = new TextTable(Arrays.asList("scenario", "blue", "red", "envs", "threads", "steps",
                    "seconds", "steps/s"), false, false, false, true, true, true, true, true);
            for (RolloutBenchmark.Result r : results) {
                table.row(r.scenario(), r.blue(), r.red(), Integer.toString(r.envs()), Integer.toString(r.threads()),
                        Long.toString(r.steps()), String.format(Locale.ROOT, "%.2f", r.seconds()),
                        String.format(Locale.ROOT, "%.0f", r.stepsPerSecond()));
            }
            table.print(out);
        }
        out.flush();
    }

    static ObjectNode toJson(RolloutBenchmark.Result r) {
        ObjectNode o = Json.object();
        o.put("scenario", r.scenario());
        o.put("blue", r.blue());
        o.put("red", r.red());
        o.put("envs", r.envs());
        o.put("threads", r.threads());
        o.put("steps", r.steps());
        o.put("episodes", r.episodes());
        o.put("seconds", Json.round(r.seconds(), 3));
        o.put("steps_per_second", Json.round(r.stepsPerSecond(), 1));
        o.put("java", System.getProperty("java.version"));
        return o;
    }
}
