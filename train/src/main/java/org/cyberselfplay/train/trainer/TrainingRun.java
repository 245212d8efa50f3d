package org.cyberselfplay.train.trainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.train.config.RunConfig;
import org.cyberselfplay.train.config.ExecutorConfig;
import org.cyberselfplay.train.config.TrainConfig;
import org.cyberselfplay.train.config.TrainConfigLoader;
import org.cyberselfplay.train.run.AtomicWrite;
import org.cyberselfplay.train.run.Manifest;
import org.cyberselfplay.train.run.MetricsRow;
import org.cyberselfplay.train.run.MetricsSink;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.run.RunReporter;
import org.cyberselfplay.train.run.SampleLog;

/**
 * A training run: SFT, then an evaluation of GRPO's starting policy (metrics step 0), then GRPO, all written to
 * a run directory (see {@link RunDirectory}); or the resume of such a run from its last checkpoint.
 *
 * <p>Reproducibility: the root seed is split as {@link RunSeeds} documents. With {@code run.threads: 1} a run is
 * bit-reproducible (every metric but the two throughputs, {@code train/env_steps_per_second} and
 * {@code train/samples_per_second}), and the rollouts and evaluations themselves do not depend on the thread
 * count. A resumed run reloads the last checkpoint (weights and optimizer state), replays the env stream to
 * the recorded draw, restores the curriculum, cuts {@code metrics.jsonl} and {@code samples.jsonl} back to
 * their length at the checkpoint, and so continues exactly as the uninterrupted run would have.
 */
public final class TrainingRun {
    private static final Logger LOG = LogManager.getLogger();

    private TrainingRun() {
    }

    /**
     * How a session runs.
     *
     * @param reporter  told of checkpoints and of the end of the run
     * @param progress  opens progress displays
     * @param stopAfter end the session after this GRPO update, leaving the run resumable as a killed run would
     *                  be ({@link Integer#MAX_VALUE}: run to the end)
     * @param executor  where GRPO rollouts run instead of the config's {@code run.executor}, if present
     */
    public record Options(RunReporter reporter, ProgressSource progress, int stopAfter,
                          Optional<ExecutorConfig> executor) {
        public Options {
            Objects.requireNonNull(reporter, "reporter");
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(executor, "executor");
            if (stopAfter < 1) {
                throw new IllegalArgumentException("stopAfter must be >= 1, got " + stopAfter);
            }
        }

        /** Options with the config's executor. */
        public Options(RunReporter reporter, ProgressSource progress, int stopAfter) {
            this(reporter, progress, stopAfter, Optional.empty());
        }

        /** These options with rollouts on {@code other}. */
        public Options withExecutor(ExecutorConfig other) {
            return new Options(reporter, progress, stopAfter, Optional.of(other));
        }

        /** No reporter, no progress display, run to the end. */
        public static Options defaults() {
            return new Options(RunReporter.none(), ProgressSource.none(), Integer.MAX_VALUE);
        }
    }

    /**
     * Starts a new run in {@code outDir} (created; it must not hold anything yet). The config written to
     * {@code config.yaml} has {@code run.out_dir} set to {@code outDir}.
     *
     * @throws IllegalArgumentException when {@code outDir} is not empty
     */
    public static TrainingOutcome start(TrainConfig config, Path outDir, Options options) {
        RunDirectory dir = RunDirectory.at(outDir);
        if (dir.isNonEmpty()) {
            throw new IllegalArgumentException("run directory " + outDir + " is not empty");
        }
        dir.create();
        TrainConfig resolved = withOutDir(config, outDir);
        AtomicWrite.string(dir.config(), TrainConfigLoader.dump(resolved));
        Manifest manifest = Manifest.starting(config.name(), config.seed());
        Session s = new Session(resolved, dir, MetricsSink.create(dir.metricsJsonl(), dir.metricsCsv()),
                SampleLog.create(dir.samples()), manifest, options);
        return run(s, null);
    }

    /**
     * Continues the run in {@code runDir} from its last checkpoint, with the run's own {@code config.yaml}. A run
     * that never reached its first checkpoint starts over in place; a finished run is left as it is.
     *
     * @throws IllegalArgumentException when {@code runDir} holds no run config
     * @throws org.cyberselfplay.train.config.ConfigException when its {@code config.yaml} is not valid
     */
    public static TrainingOutcome resume(Path runDir, Options options) {
        RunDirectory dir = RunDirectory.at(runDir);
        if (!Files.isRegularFile(dir.config())) {
            throw new IllegalArgumentException(runDir + " is not a run directory: it has no " + RunDirectory.CONFIG);
        }
        TrainConfig config = withOutDir(TrainConfigLoader.load(dir.config()), runDir);
        Optional<TrainerState> state = Files.isRegularFile(dir.trainerState())
                ? Optional.of(TrainerState.read(dir.trainerState())) : Optional.empty();
        if (state.isPresent() && state.get().complete()) {
            return new TrainingOutcome(dir, true, true, Optional.empty(), Map.of(), Optional.empty());
        }
        dir.create();
        Manifest manifest = Files.isRegularFile(dir.manifest()) ? Manifest.read(dir.manifest()).resumed()
                : Manifest.starting(config.name(), config.seed());
        MetricsSink metrics = state.isPresent()
                ? MetricsSink.resume(dir.metricsJsonl(), dir.metricsCsv(), state.get().metricsRows())
                : MetricsSink.create(dir.metricsJsonl(), dir.metricsCsv());
        SampleLog samples = state.isPresent() ? SampleLog.resume(dir.samples(), state.get().samplesLines())
                : SampleLog.create(dir.samples());
        Session s = new Session(config, dir, metrics, samples, manifest, options);
        return run(s, state.orElse(null));
    }

    private static TrainingOutcome run(Session s, TrainerState state) {
        try (s) {
            try {
                TrainingOutcome out = state == null ? fresh(s) : continued(s, state);
                if (out.complete()) {
                    s.end(Manifest.COMPLETE, null);
                    s.options.reporter().runFinished(s.reporterRun(), new RunReporter.Outcome(Manifest.COMPLETE,
                            out.grpo().map(TrainingOutcome.Grpo::reached).orElse(0), s.metrics.rows(),
                            s.dir.checkpoint(RunDirectory.FINAL_CHECKPOINT)));
                }
                return out;
            } catch (RuntimeException e) {
                LOG.error("run failed: {}", e.toString());
                s.end(Manifest.FAILED, String.valueOf(e.getMessage()));
                s.options.reporter().runFinished(s.reporterRun(), new RunReporter.Outcome(Manifest.FAILED, 0,
                        s.metrics.rows(), null));
                throw e;
            }
        }
    }

    /** SFT (or the initial network), the step-0 evaluation, the first trainer state, then GRPO. */
    private static TrainingOutcome fresh(Session s) {
        TrainConfig c = s.config;
        LOG.info("run {} starts in {} (seed {}, learner {})", c.name(), s.dir, c.seed(), c.learner());
        SeedStream env = new SeedStream(s.seeds.env());
        long datasetSeed = env.next();
        Optional<TrainingOutcome.Sft> sft = c.sft().enabled()
                ? Optional.of(SftPhase.run(s, datasetSeed)) : Optional.empty();
        NeuralPolicy reference = Learners.reference(s);
        NeuralPolicy learner = Learners.grpoStart(s, reference);
        Evaluator evaluator = evaluator(s);
        Map<String, Double> startEval = evaluator.evaluate(learner);
        s.metrics.record(new MetricsRow(0, startEval));
        LOG.info("evaluation of the starting policy: {}", startEval);
        String checkpoint = c.sft().enabled() ? RunDirectory.SFT_CHECKPOINT : null;
        s.saveState(0, false, checkpoint, env, Curriculum.State.start());
        Optional<TrainingOutcome.Grpo> grpo = grpo(s, learner, reference, env, Curriculum.State.start(), 0,
                evaluator);
        return new TrainingOutcome(s.dir, false, grpo.map(TrainingOutcome.Grpo::finished).orElse(true), sft,
                startEval, grpo);
    }

    /** GRPO from the state's checkpoint. */
    private static TrainingOutcome continued(Session s, TrainerState state) {
        LOG.info("run {} resumes in {} after update {}", s.config.name(), s.dir, state.update());
        if (!state.seeds().equals(s.seeds)) {
            throw new IllegalStateException(s.dir.trainerState() + " was written for seed " + state.seeds().root()
                    + " but config.yaml has seed " + s.config.seed());
        }
        SeedStream env = SeedStream.resume(s.seeds.env(), state.envDraws());
        NeuralPolicy reference = Learners.reference(s);
        NeuralPolicy learner = state.update() == 0 ? Learners.grpoStart(s, reference)
                : Learners.load(s, state.checkpoint());
        Optional<TrainingOutcome.Grpo> grpo = grpo(s, learner, reference, env, state.curriculum(), state.update(),
                evaluator(s));
        return new TrainingOutcome(s.dir, false, grpo.map(TrainingOutcome.Grpo::finished).orElse(true),
                Optional.empty(), Map.of(), grpo);
    }

    /** The GRPO phase, or (GRPO disabled) the starting policy saved as the final one. */
    private static Optional<TrainingOutcome.Grpo> grpo(Session s, NeuralPolicy learner, NeuralPolicy reference,
                                                       SeedStream env, Curriculum.State curriculum, int done,
                                                       Evaluator evaluator) {
        if (!s.config.grpo().enabled()) {
            s.checkpoint(learner, RunDirectory.FINAL_CHECKPOINT, "final", 0);
            s.saveState(0, true, RunDirectory.FINAL_CHECKPOINT, env, curriculum);
            return Optional.empty();
        }
        return Optional.of(GrpoPhase.run(s, learner, reference, env, curriculum, done, evaluator));
    }

    private static Evaluator evaluator(Session s) {
        TrainConfig c = s.config;
        return new Evaluator(s.scenario, c.learner(), c.eval().opponents(), c.eval().episodes(), s.seeds.eval(),
                c.run().threads());
    }

    private static TrainConfig withOutDir(TrainConfig c, Path outDir) {
        RunConfig run = new RunConfig(outDir, c.run().threads(), c.run().checkpointEvery());
        return new TrainConfig(c.name(), c.seed(), c.scenario(), c.learner(), c.opponents(), c.network(),
                c.curriculum(), c.sft(), c.grpo(), c.eval(), run);
    }
}
