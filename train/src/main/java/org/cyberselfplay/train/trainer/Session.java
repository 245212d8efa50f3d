package org.cyberselfplay.train.trainer;

import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.train.config.TrainConfig;
import org.cyberselfplay.train.run.Manifest;
import org.cyberselfplay.train.run.MetricsSink;
import org.cyberselfplay.train.run.Provenance;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.run.RunLog;
import org.cyberselfplay.train.run.RunReporter;
import org.cyberselfplay.train.run.SampleLog;

/** One session of a run (a start or a resume): its config, files, seeds and hooks. Not thread-safe. */
final class Session implements AutoCloseable {
    final TrainConfig config;
    final Scenario scenario;
    final RunDirectory dir;
    final RunSeeds seeds;
    final MetricsSink metrics;
    final SampleLog samples;
    final TrainingRun.Options options;
    private final RunLog log;
    private Manifest manifest;

    Session(TrainConfig config, RunDirectory dir, MetricsSink metrics, SampleLog samples, Manifest manifest,
            TrainingRun.Options options) {
        this.config = config;
        this.scenario = Scenarios.load(config.scenario());
        this.dir = dir;
        this.seeds = RunSeeds.of(config.seed());
        this.metrics = metrics;
        this.samples = samples;
        this.options = options;
        this.manifest = manifest;
        manifest.write(dir.manifest());
        this.log = RunLog.open(dir.log());
    }

    /** The run as the reporter sees it. */
    RunReporter.Run reporterRun() {
        return new RunReporter.Run(dir, config, seeds.eval());
    }

    /** Saves a checkpoint atomically and tells the reporter. */
    void checkpoint(NeuralPolicy policy, String fileName, String label, int update) {
        Checkpoints.save(policy, dir.checkpoint(fileName), Provenance.ofCheckpoint(config.name(), label, "update",
                update, config.seed(), manifest.gitCommit()));
        options.reporter().checkpointSaved(reporterRun(), new RunReporter.Checkpoint(label, update,
                dir.checkpoint(fileName)));
    }

    /** Writes {@code trainer-state.json} for a resume from {@code checkpoint}. */
    void saveState(int update, boolean complete, String checkpoint, SeedStream env, Curriculum.State curriculum) {
        new TrainerState(update, complete, checkpoint, seeds, env.draws(), curriculum, metrics.size(),
                samples.lines()).write(dir.trainerState());
    }

    /** Records the end of the session in the manifest. */
    void end(String status, String error) {
        manifest = manifest.ended(status, error);
        manifest.write(dir.manifest());
    }

    @Override
    public void close() {
        log.close();
    }
}
