package org.cyberselfplay.train.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cyberselfplay.train.config.ExecutorConfig;
import org.cyberselfplay.train.config.TrainConfig;
import org.cyberselfplay.train.config.TrainConfigLoader;
import org.cyberselfplay.train.sim.TrainBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench train}: GRPO-update samples per second and env steps per second during training. */
@Command(name = "train",
        description = {"Run the GRPO phase of a training config in a temporary directory and report the mean "
                + "GRPO-update throughput (learner decisions per second) and rollout throughput (env steps per "
                + "second) over its updates, the first excluded as warm-up.",
                "Without --config: the built-in benchmark config (small, [128,128], 8 groups of 8, 6 updates, no SFT).",
                "With --executor spark: the same run with its rollouts on the config's executor (threads), then on "
                        + "Spark, and the cost of Spark per update."})
final class BenchTrainCommand implements Callable<Integer> {
    /** The built-in benchmark: a fresh network, GRPO only, sized to take well under a minute on 2 cores. */
    static final String DEFAULT_CONFIG = String.join("\n",
            "name: bench-train",
            "scenario: small",
            "network: {hidden_sizes: [128, 128]}",
            "sft: {enabled: false}",
            "grpo: {updates: 6, group_size: 8, groups_per_update: 8}",
            "eval: {every: 1000, episodes: 1, record_episodes: 0}",
            "run: {checkpoint_every: 1000}",
            "");

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "A training config (default: the built-in one).")
    private Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a config field (repeatable).")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Mixin
    private ExecutorOptions executor;

    @Override
    public Integer call() {
        TrainConfig cfg = config == null ? TrainConfigLoader.fromYaml(DEFAULT_CONFIG, "bench-train.yaml", sets)
                : TrainConfigLoader.load(config, sets);
        Optional<ExecutorConfig> other = executor.executor().filter(x -> x.type() != ExecutorConfig.Type.THREADS);
        ExecutorOptions.requireAvailable(cfg.run().executor());
        PrintWriter out = spec.commandLine().getOut();
        // The config's executor (threads unless run.executor says otherwise), then the one of --executor.
        TrainBenchmark.Result r = TrainBenchmark.run(cfg, Optional.empty());
        print(out, cfg, r);
        if (other.isPresent()) {
            TrainBenchmark.Result o = TrainBenchmark.run(cfg, other);
            print(out, cfg, o);
            if (!json) {
                out.println(String.format(Locale.ROOT, "%s costs %+.3f s per update (%+.0f %%) over %s",
                        o.executor(), o.secondsPerUpdate() - r.secondsPerUpdate(),
                        100 * (o.secondsPerUpdate() / r.secondsPerUpdate() - 1), r.executor()));
            }
        }
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, TrainConfig cfg, TrainBenchmark.Result r) {
        if (json) {
            ObjectNode o = Json.object();
            o.put("scenario", r.scenario());
            o.put("group_size", r.groupSize());
            o.put("groups_per_update", r.groupsPerUpdate());
            o.put("updates_measured", r.updates());
            o.put("samples_per_second", Json.round(r.samplesPerSecond(), 1));
            o.put("env_steps_per_second", Json.round(r.envStepsPerSecond(), 1));
            o.put("seconds_per_update", Json.round(r.secondsPerUpdate(), 3));
            o.put("seconds", Json.round(r.seconds(), 2));
            o.put("executor", r.executor());
            o.put("threads", cfg.run().threads());
            o.put("java", System.getProperty("java.version"));
            Json.print(out, o);
        } else {
            out.println(String.format(Locale.ROOT, "%s, %d groups of %d, rollouts on %s: GRPO update %.0f samples/s, "
                    + "rollouts %.0f env steps/s, %.3f s per update (mean of %d updates; %.1f s in all)", r.scenario(),
                    r.groupsPerUpdate(), r.groupSize(), r.executor(), r.samplesPerSecond(), r.envStepsPerSecond(),
                    r.secondsPerUpdate(), r.updates(), r.seconds()));
        }
    }
}
