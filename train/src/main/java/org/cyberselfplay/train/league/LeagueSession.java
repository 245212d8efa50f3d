package org.cyberselfplay.train.league;

import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.league.eval.MatchRunner;
import org.cyberselfplay.train.config.LeagueConfig;
import org.cyberselfplay.train.run.Manifest;
import org.cyberselfplay.train.run.MetricsSink;
import org.cyberselfplay.train.run.Provenance;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.run.RunLog;

/** One session of a league run (a start or a resume): its config, files, seeds and shared helpers. */
final class LeagueSession implements AutoCloseable {
    final LeagueConfig config;
    final Scenario scenario;
    final RunDirectory dir;
    final LeagueSeeds seeds;
    final MetricsSink metrics;
    final LeagueRun.Options options;
    final LeaguePolicies policies;
    final Matches matches;
    private final RunLog log;
    private Manifest manifest;

    LeagueSession(LeagueConfig config, RunDirectory dir, MetricsSink metrics, Manifest manifest,
                  LeagueRun.Options options) {
        this.config = config;
        this.scenario = Scenarios.load(config.scenario());
        this.dir = dir;
        this.seeds = LeagueSeeds.of(config.seed());
        this.metrics = metrics;
        this.options = options;
        this.policies = new LeaguePolicies(scenario, dir);
        this.matches = new Matches(scenario, new MatchRunner(config.run().threads(), MatchRunner.DEFAULT_BATCH),
                config.league().simsPerEntry());
        this.manifest = manifest;
        manifest.write(dir.manifest());
        this.log = RunLog.open(dir.log());
    }

    /** The state file. */
    java.nio.file.Path stateFile() {
        return dir.checkpoint(LeagueState.FILE);
    }

    /** Saves a policy checkpoint atomically in {@code checkpoints/}, with the run's provenance. */
    void checkpoint(NeuralPolicy policy, String fileName, String label, int round) {
        Checkpoints.save(policy, dir.checkpoint(fileName), Provenance.ofCheckpoint(config.name(), label, "round",
                round, config.seed(), manifest.gitCommit()));
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
