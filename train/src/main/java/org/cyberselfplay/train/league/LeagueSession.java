package org.cyberselfplay.train.league;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.league.eval.MatchExecutor;
import org.cyberselfplay.league.eval.MatchExecutors;
import org.cyberselfplay.league.eval.MatchRunner;
import org.cyberselfplay.league.eval.ScenarioSource;
import org.cyberselfplay.train.config.ExecutorConfig;
import org.cyberselfplay.train.config.LeagueConfig;
import org.cyberselfplay.train.rollout.RolloutExecutor;
import org.cyberselfplay.train.rollout.RolloutExecutors;
import org.cyberselfplay.train.run.Manifest;
import org.cyberselfplay.train.run.MetricsSink;
import org.cyberselfplay.train.run.Provenance;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.run.RunLog;

/** One session of a league run (a start or a resume): its config, files, seeds and shared helpers. */
final class LeagueSession implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger();

    final LeagueConfig config;
    final Scenario scenario;
    final ScenarioSource scenarioSource;
    final RunDirectory dir;
    final LeagueSeeds seeds;
    final MetricsSink metrics;
    final LeagueRun.Options options;
    final LeaguePolicies policies;
    final Matches matches;
    /** The runner of every match of the run (payoff cells and the fixed evaluation), on the configured executor. */
    final MatchRunner runner;
    /** Where the GRPO rollouts of Blue and of Red's best responses run: the configured executor too. */
    final RolloutExecutor rollouts;
    private final MatchExecutor executor;
    private final RunLog log;
    private Manifest manifest;

    LeagueSession(LeagueConfig config, RunDirectory dir, MetricsSink metrics, Manifest manifest,
                  LeagueRun.Options options) {
        this.config = config;
        this.scenarioSource = ScenarioSource.of(config.scenario());
        this.scenario = scenarioSource.scenario();
        this.dir = dir;
        this.seeds = LeagueSeeds.of(config.seed());
        this.metrics = metrics;
        this.options = options;
        this.policies = new LeaguePolicies(scenario, dir);
        ExecutorConfig x = options.executor().orElse(config.run().executor());
        this.executor = MatchExecutors.create(x.settings(config.run().threads()));
        this.rollouts = startRollouts(x);
        this.runner = new MatchRunner(executor, MatchRunner.DEFAULT_BATCH);
        this.matches = new Matches(scenarioSource, runner, config.league().simsPerEntry(), policies::job);
        this.manifest = manifest;
        manifest.write(dir.manifest());
        this.log = RunLog.open(dir.log());
        LOG.info("league matches run on {}", executor.describe());
        LOG.info("league GRPO rollouts run on {}", rollouts.describe());
    }

    private RolloutExecutor startRollouts(ExecutorConfig x) {
        try {
            return RolloutExecutors.create(x.settings(config.run().threads()));
        } catch (RuntimeException e) {
            executor.close();
            throw e;
        }
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
        try {
            rollouts.close();
            executor.close();
        } finally {
            log.close();
        }
    }
}
