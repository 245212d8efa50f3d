package org.cyberselfplay.train.league;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.train.config.ConfigException;
import org.cyberselfplay.train.config.ExecutorConfig;
import org.cyberselfplay.train.config.LeagueConfig;
import org.cyberselfplay.train.config.LeagueConfigLoader;
import org.cyberselfplay.league.payoff.PayoffState;
import org.cyberselfplay.train.report.LeaguePlots;
import org.cyberselfplay.train.report.LeagueReport;
import org.cyberselfplay.train.report.Progress;
import org.cyberselfplay.train.run.AtomicWrite;
import org.cyberselfplay.train.run.Manifest;
import org.cyberselfplay.train.run.MetricsRow;
import org.cyberselfplay.train.run.MetricsSink;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.trainer.ProgressSource;
import org.cyberselfplay.train.trainer.TrainingOutcome;

/**
 * A league run (see {@link LeagueLoop} for what a round does), written to a run directory: {@code config.yaml},
 * {@code manifest.json}, {@code metrics.jsonl} / {@code metrics.csv} (one row per SFT epoch, then one per round
 * at step = round), {@code checkpoints/} (policy zips and {@value LeagueState#FILE}), {@code log.txt}, and at the
 * end {@code plots/} and {@code report.md}.
 *
 * <p>Reproducibility: the root seed is split as {@link LeagueSeeds} documents, and rollouts and matches do not
 * depend on the thread count. With {@code run.threads: 1} a run is bit-reproducible apart from the throughput
 * metrics ({@code train/env_steps_per_second}, {@code train/samples_per_second}). A resumed run reads the last
 * league state, reloads the learner (weights and optimizer state) and the pool, replays Blue's and Red's seed
 * streams to the recorded draws, cuts {@code metrics.jsonl} back to its length at the checkpoint, and so ends in
 * the state an uninterrupted run ends in. A state that cannot be resumed from fails the resume before anything in
 * the directory is written.
 */
public final class LeagueRun {
    private static final Logger LOG = LogManager.getLogger();

    private LeagueRun() {
    }

    /**
     * How a session runs.
     *
     * @param progress  opens progress displays
     * @param stopAfter end the session after this round, leaving the run resumable as a killed run would be
     *                  ({@link Integer#MAX_VALUE}: run to the end); 0 stops after the start (round 0)
     * @param executor  where matches run instead of the config's {@code run.executor} (e.g. {@code --executor}),
     *                  or empty; results do not depend on it
     */
    public record Options(ProgressSource progress, int stopAfter, Optional<ExecutorConfig> executor) {
        public Options {
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(executor, "executor");
            if (stopAfter < 0) {
                throw new IllegalArgumentException("stopAfter must be >= 0, got " + stopAfter);
            }
        }

        /** Options with matches on the config's executor. */
        public Options(ProgressSource progress, int stopAfter) {
            this(progress, stopAfter, Optional.empty());
        }

        /** These options with matches on {@code other}. */
        public Options withExecutor(ExecutorConfig other) {
            return new Options(progress, stopAfter, Optional.of(other));
        }

        /** No progress display, run to the end. */
        public static Options defaults() {
            return new Options(ProgressSource.none(), Integer.MAX_VALUE);
        }
    }

    /**
     * Starts a new run in {@code outDir} (created; it must not hold anything yet). The config written to
     * {@code config.yaml} has {@code run.out_dir} set to {@code outDir}.
     *
     * @throws IllegalArgumentException when {@code outDir} is not empty
     */
    public static LeagueOutcome start(LeagueConfig config, Path outDir, Options options) {
        RunDirectory dir = RunDirectory.at(outDir);
        if (dir.isNonEmpty()) {
            throw new IllegalArgumentException("run directory " + outDir + " is not empty");
        }
        dir.create();
        LeagueConfig resolved = config.withRun(outDir, config.run().threads());
        AtomicWrite.string(dir.config(), LeagueConfigLoader.dump(resolved));
        return fresh(resolved, dir, Manifest.starting(config.name(), config.seed()), options);
    }

    /**
     * Continues the run in {@code runDir} from its last league state, with the run's own {@code config.yaml}. A
     * run that never reached its first state starts over in place; a finished run is left as it is.
     *
     * @param threads the threads to use instead of the config's {@code run.threads}, or empty; results do not
     *                depend on it
     * @throws IllegalArgumentException when {@code runDir} holds no {@code config.yaml}
     * @throws ConfigException          when its {@code config.yaml} is not valid
     * @throws LeagueStateException     when its league state cannot be resumed from (nothing is written then)
     */
    public static LeagueOutcome resume(Path runDir, Optional<Integer> threads, Options options) {
        RunDirectory dir = RunDirectory.at(runDir);
        if (!Files.isRegularFile(dir.config())) {
            throw new IllegalArgumentException(runDir + " is not a run directory: it has no " + RunDirectory.CONFIG);
        }
        LeagueConfig loaded = LeagueConfigLoader.load(dir.config());
        LeagueConfig config = loaded.withRun(runDir, threads.orElse(loaded.run().threads()));
        Path stateFile = dir.checkpoint(LeagueState.FILE);
        Manifest manifest = Files.isRegularFile(dir.manifest()) ? Manifest.read(dir.manifest()).resumed()
                : Manifest.starting(config.name(), config.seed());
        if (!Files.exists(stateFile)) {
            return fresh(config, dir.create(), manifest, options);
        }
        LeagueState state = LeagueState.read(stateFile);
        if (!state.seeds().equals(LeagueSeeds.of(config.seed()))) {
            throw new LeagueStateException(stateFile, "seeds", "written for seed " + state.seeds().root()
                    + " but config.yaml has seed " + config.seed());
        }
        if (state.round() > config.league().rounds()) {
            throw new LeagueStateException(stateFile, "round", "round " + state.round() + " is past the "
                    + config.league().rounds() + " rounds of config.yaml");
        }
        League league = League.restore(state, config.league().snapshotBlue(), dir, stateFile);
        if (state.complete()) {
            if (!Files.isRegularFile(dir.report())) {
                // The run ended between its last state and its report: write the report now.
                List<MetricsRow> rows = MetricsSink.read(dir.metricsJsonl());
                report(dir, config, rows.subList(0, Math.min(state.metricsRows(), rows.size())), league,
                        Duration.ZERO);
            }
            return new LeagueOutcome(dir, true, true, config.league().rounds(), 0, state.round(), Optional.empty(),
                    List.of(), Map.of(), Map.of(), Map.of(), league.pool.entries(), Map.of());
        }
        int rows = Files.exists(dir.metricsJsonl()) ? MetricsSink.read(dir.metricsJsonl()).size() : 0;
        if (rows < state.metricsRows()) {
            throw new LeagueStateException(stateFile, "metrics_rows", "expects " + state.metricsRows() + " rows of "
                    + dir.metricsJsonl() + " but it holds " + rows);
        }
        MetricsSink metrics = MetricsSink.resume(dir.metricsJsonl(), dir.metricsCsv(), state.metricsRows());
        LeagueSession s = new LeagueSession(config, dir, metrics, manifest, options);
        return run(s, () -> LeagueLoop.resume(s, league, state), state.round(), List.of());
    }

    private static LeagueOutcome fresh(LeagueConfig config, RunDirectory dir, Manifest manifest, Options options) {
        MetricsSink metrics = MetricsSink.create(dir.metricsJsonl(), dir.metricsCsv());
        LeagueSession s = new LeagueSession(config, dir, metrics, manifest, options);
        LOG.info("league {} starts in {} (seed {}, mode {}, {} rounds)", config.name(), dir, config.seed(),
                config.league().mode().wireName(), config.league().rounds());
        List<Optional<TrainingOutcome.Sft>> sfts = new ArrayList<>();
        return run(s, () -> LeagueLoop.start(s, sfts), -1, sfts);
    }

    /** Opens the loop (the start, or a resume), runs the remaining rounds, and ends the session. */
    private static LeagueOutcome run(LeagueSession s, Supplier<LeagueLoop> open, int done,
                                     List<Optional<TrainingOutcome.Sft>> sfts) {
        long start = System.nanoTime();
        try (s) {
            try (LeagueLoop loop = open.get()) {
                return rounds(s, loop, done, sfts, start);
            } catch (RuntimeException e) {
                LOG.error("league run failed: {}", e.toString());
                s.end(Manifest.FAILED, String.valueOf(e.getMessage()));
                throw e;
            }
        }
    }

    private static LeagueOutcome rounds(LeagueSession s, LeagueLoop loop, int done,
                                        List<Optional<TrainingOutcome.Sft>> sfts, long start) {
        int rounds = s.config.league().rounds();
        Map<String, Double> startEval = done < 0 ? loop.lastEval() : Map.of();
        int reached = Math.max(done, 0);
        try (Progress progress = s.options.progress().start("league", rounds)) {
            progress.advance(reached, done < 0 ? "start done" : "resumed after round " + reached);
            while (reached < rounds && reached < s.options.stopAfter()) {
                reached++;
                loop.round(reached);
                String line = RoundLines.describe(reached, rounds, loop.lastRow());
                LOG.info("round {}", line);
                progress.advance(1, line);
            }
        }
        boolean complete = reached == rounds;
        Map<String, Double> seconds = new LinkedHashMap<>(loop.seconds());
        seconds.put("total", (System.nanoTime() - start) / 1e9);
        LeagueOutcome out = new LeagueOutcome(s.dir, false, complete, rounds, reached - Math.max(done, 0), reached,
                sfts.isEmpty() ? Optional.empty() : sfts.get(0),
                sfts.stream().skip(1).flatMap(Optional::stream).toList(),
                startEval, loop.lastEval(), loop.lastRow(), loop.league().pool.entries(), seconds);
        if (complete) {
            s.end(Manifest.COMPLETE, null);
            report(s.dir, s.config, s.metrics.rows(), loop.league(), Duration.ofNanos(System.nanoTime() - start));
        }
        return out;
    }

    /** The plots and {@code report.md} of a finished run; a failure here is logged, the run's files are complete. */
    private static void report(RunDirectory dir, LeagueConfig config, List<MetricsRow> rows, League league,
                               Duration duration) {
        try {
            PayoffState game = league.metaTable().toState();
            List<Path> plots = LeaguePlots.write(rows, game, league.redIds(), dir.plots());
            LeagueReport.write(new LeagueReport.Input(dir.root(), config, rows, league.pool.entries(), game, duration,
                    plots));
        } catch (RuntimeException e) {
            LOG.warn("could not write the plots or report.md of {}: {}", dir, e.toString());
        }
    }
}
