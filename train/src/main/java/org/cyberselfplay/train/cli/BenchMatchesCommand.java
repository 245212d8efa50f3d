package org.cyberselfplay.train.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.cyberselfplay.agents.features.FeatureLayout;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.agents.neural.NetworkConfig;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.league.eval.ExecutorSettings;
import org.cyberselfplay.league.eval.JobPolicy;
import org.cyberselfplay.league.eval.MatchExecutor;
import org.cyberselfplay.league.eval.MatchExecutors;
import org.cyberselfplay.league.eval.MatchOutcome;
import org.cyberselfplay.league.eval.MatchRunner;
import org.cyberselfplay.league.eval.Matchup;
import org.cyberselfplay.league.eval.ScenarioSource;
import org.cyberselfplay.train.config.ExecutorConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench matches}: the evaluation of a league round (a neural learner against archetypes and neural Reds) on
 * the thread pool and, with {@code --executor}, on another executor, with the other executor's overhead per round
 * and per task.
 */
@Command(name = "matches",
        description = {"Time the matches of a league round: a neural learner (a fresh network, saved anew every "
                + "round as in a league) against archetypes and neural Red checkpoints, --episodes per cell, on the "
                + "thread pool and, with --executor spark, on Spark too; prints seconds per round and the other "
                + "executor's overhead per round and per task. Results are checked to be identical."})
final class BenchMatchesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ExecutorOptions executor;

    @Option(names = "--episodes-per-task", paramLabel = "N",
            description = "Episodes per Spark task, rounded up to blocks of 64 (default: the spark module's).")
    private Integer episodesPerTask;

    @Option(names = "--scenario", defaultValue = "small", paramLabel = "NAME|FILE",
            description = "A preset or a scenario YAML file (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--archetypes", defaultValue = "blitz,meander,apt,saboteur,random", split = ",",
            paramLabel = "NAMES", description = "Archetypes in the pool (default: ${DEFAULT-VALUE}).")
    private List<String> archetypes;

    @Option(names = "--neural-reds", defaultValue = "2", paramLabel = "N",
            description = "Neural Red checkpoints in the pool (default: ${DEFAULT-VALUE}).")
    private int neuralReds;

    @Option(names = "--hidden", defaultValue = "64,64", split = ",", paramLabel = "W[,W...]",
            description = "Hidden layer widths of every network (default: ${DEFAULT-VALUE}, as league-quick).")
    private List<Integer> hidden;

    @Option(names = "--episodes", defaultValue = "200", paramLabel = "N",
            description = "Episodes per payoff cell, as league.sims_per_entry (default: ${DEFAULT-VALUE}).")
    private int episodes;

    @Option(names = "--rounds", defaultValue = "5", paramLabel = "N",
            description = "Timed rounds per executor (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--warmup", defaultValue = "2", paramLabel = "N",
            description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--threads", paramLabel = "T", description = "Threads of the thread pool (default: one per core).")
    private Integer threads;

    @Option(names = "--probe-tasks", defaultValue = "56", paramLabel = "N",
            description = "One-episode tasks of the probe job that measures the cost per task (default: ${DEFAULT-VALUE}).")
    private int probeTasks;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "SEED", description = "Root seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    /** One executor's timings: league rounds, and probe jobs of one-episode tasks. */
    private record Timing(String executor, int tasks, long episodes, double startSeconds, double[] roundSeconds,
                          double[] probeSeconds, List<List<EpisodeMetrics>> results) {
        double median() {
            return median(roundSeconds);
        }

        static double median(double[] values) {
            double[] s = values.clone();
            Arrays.sort(s);
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }

        double min() {
            return Arrays.stream(roundSeconds).min().orElseThrow();
        }
    }

    @Override
    public Integer call() throws IOException {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || episodes < 1 || rounds < 1 || warmup < 0 || neuralReds < 0 || archetypes.isEmpty()
                || probeTasks < 1 || (episodesPerTask != null && episodesPerTask < 1)) {
            throw new ParameterException(spec.commandLine(), "--threads, --episodes, --rounds, --probe-tasks and "
                    + "--episodes-per-task must be >= 1, --warmup and --neural-reds >= 0, and --archetypes must "
                    + "name one");
        }
        Optional<ExecutorConfig> other = executor.executor();
        ScenarioSource source = ScenarioSource.of(scenario);
        NetworkConfig net = new NetworkConfig(hidden, "relu", 1e-3, 0.9, 0.999, 1e-8, seed);
        NeuralPolicy learner = NeuralPolicy.create(source.scenario(), Actor.BLUE, FeatureLayout.defaults(), net)
                .withName("learner");
        List<ExecutorSettings> settings = new ArrayList<>(List.of(ExecutorSettings.threads(t)));
        if (other.isPresent() && other.get().type() != ExecutorConfig.Type.THREADS) {
            ExecutorSettings s = other.get().settings(t);
            settings.add(new ExecutorSettings(s.type(), s.master(), t, Optional.ofNullable(episodesPerTask), Map.of()));
        }
        Path dir = Files.createTempDirectory("cyberselfplay-bench-");
        List<MatchExecutor> started = new ArrayList<>();
        try {
            List<JobPolicy> reds = reds(source, net, dir);
            double[] startSeconds = new double[settings.size()];
            for (int i = 0; i < settings.size(); i++) {
                long t0 = System.nanoTime();
                started.add(MatchExecutors.create(settings.get(i)));
                startSeconds[i] = (System.nanoTime() - t0) / 1e9;
            }
            print(spec.commandLine().getOut(), time(started, startSeconds, source, learner, reds));
        } finally {
            started.forEach(MatchExecutor::close);
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private List<JobPolicy> reds(ScenarioSource source, NetworkConfig net, Path dir) {
        List<JobPolicy> reds = new ArrayList<>();
        for (String a : archetypes) {
            reds.add(JobPolicy.ofSpec(Actor.RED, a.trim(), source.scenario()));
        }
        for (int i = 0; i < neuralReds; i++) {
            Path file = dir.resolve("red-r" + (i + 1) + ".zip");
            Checkpoints.save(NeuralPolicy.create(source.scenario(), Actor.RED, FeatureLayout.defaults(),
                    net.withSeed(seed + 1 + i)), file);
            reds.add(JobPolicy.ofSpec(Actor.RED, file.toString(), source.scenario()));
        }
        return reds;
    }

    /**
     * Plays the rounds on every executor in turn, round by round (so that load from elsewhere on the machine falls
     * on all of them alike), then the probe jobs the same way.
     */
    private List<Timing> time(List<MatchExecutor> executors, double[] startSeconds, ScenarioSource source,
                              NeuralPolicy learner, List<JobPolicy> reds) {
        int n = executors.size();
        List<MatchRunner> runners = executors.stream().map(e -> new MatchRunner(e, MatchRunner.DEFAULT_BATCH))
                .toList();
        double[][] seconds = new double[n][rounds];
        double[][] probes = new double[n][rounds];
        List<List<List<EpisodeMetrics>>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            results.add(List.of());
        }
        JobPolicy noop = JobPolicy.ofSpec(Actor.BLUE, "scripted:noop", source.scenario());
        JobPolicy blitz = JobPolicy.ofSpec(Actor.RED, "blitz", source.scenario());
        for (int r = 0; r < warmup + rounds; r++) {
            // A league saves its learner every round: a new version to ship and rebuild.
            JobPolicy me = JobPolicy.ofNetwork(learner);
            List<Matchup> matchups = new ArrayList<>();
            SplittableRandom seeds = new SplittableRandom(seed);
            for (JobPolicy red : reds) {
                matchups.add(new Matchup("learner vs " + red.live().name(), me, red, seeds.nextLong(), episodes));
            }
            // One-episode matchups: one task each, almost no work, so their time is the executor's cost per task.
            List<Matchup> probe = new ArrayList<>();
            for (int k = 0; k < probeTasks; k++) {
                probe.add(new Matchup("probe " + k, noop, blitz, k, 1));
            }
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                List<MatchOutcome> out = runners.get(i).play(r, source, matchups);
                double took = (System.nanoTime() - t0) / 1e9;
                t0 = System.nanoTime();
                runners.get(i).play(r, source, probe);
                double probeTook = (System.nanoTime() - t0) / 1e9;
                if (r >= warmup) {
                    seconds[i][r - warmup] = took;
                    probes[i][r - warmup] = probeTook;
                }
                results.set(i, out.stream().map(MatchOutcome::episodes).toList());
            }
        }
        int blocks = (episodes + MatchRunner.DEFAULT_BATCH - 1) / MatchRunner.DEFAULT_BATCH;
        List<Timing> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int perTask = executors.get(i).blocksPerTask();
            out.add(new Timing(executors.get(i).describe(), reds.size() * ((blocks + perTask - 1) / perTask),
                    (long) episodes * reds.size(), startSeconds[i], seconds[i], probes[i], results.get(i)));
        }
        return out;
    }

    private void print(PrintWriter out, List<Timing> timings) {
        Timing base = timings.get(0);
        if (json) {
            ArrayNode array = Json.array();
            for (Timing t : timings) {
                ObjectNode o = Json.object();
                o.put("executor", t.executor());
                o.put("tasks_per_round", t.tasks());
                o.put("episodes_per_round", t.episodes());
                o.put("start_seconds", Json.round(t.startSeconds(), 3));
                o.put("round_seconds_median", Json.round(t.median(), 4));
                o.put("round_seconds_min", Json.round(t.min(), 4));
                o.put("overhead_per_round_seconds", Json.round(t.median() - base.median(), 4));
                o.put("overhead_fraction", Json.round((t.median() - base.median()) / t.median(), 4));
                o.put("overhead_per_task_ms", Json.round(1000 * (t.median() - base.median()) / t.tasks(), 2));
                o.put("probe_tasks", probeTasks);
                o.put("probe_seconds_median", Json.round(Timing.median(t.probeSeconds()), 4));
                o.put("cost_per_task_ms", Json.round(1000 * (Timing.median(t.probeSeconds())
                        - Timing.median(base.probeSeconds())) / probeTasks, 2));
                o.put("identical_to_threads", t.results().equals(base.results()));
                array.add(o);
            }
            Json.print(out, array);
        } else {
            TextTable table = new TextTable(List.of("executor", "tasks/round", "episodes/round", "start s",
                    "round s (median)", "round s (min)", "overhead/round", "overhead share", "overhead/task",
                    "probe cost/task", "identical"), false, true, true, true, true, true, true, true, true, true,
                    false);
            for (Timing t : timings) {
                double over = t.median() - base.median();
                table.row(t.executor(), Integer.toString(t.tasks()), Long.toString(t.episodes()),
                        String.format(Locale.ROOT, "%.2f", t.startSeconds()),
                        String.format(Locale.ROOT, "%.3f", t.median()), String.format(Locale.ROOT, "%.3f", t.min()),
                        String.format(Locale.ROOT, "%+.3f s", over),
                        String.format(Locale.ROOT, "%+.1f %%", 100 * over / t.median()),
                        String.format(Locale.ROOT, "%+.1f ms", 1000 * over / t.tasks()),
                        String.format(Locale.ROOT, "%+.1f ms", 1000 * (Timing.median(t.probeSeconds())
                                - Timing.median(base.probeSeconds())) / probeTasks),
                        t.results().equals(base.results()) ? "yes" : "NO");
            }
            table.print(out);
        }
        out.flush();
    }
}
