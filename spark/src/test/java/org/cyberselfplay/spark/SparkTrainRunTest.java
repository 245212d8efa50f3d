package org.cyberselfplay.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.train.config.ExecutorConfig;
import org.cyberselfplay.train.config.TrainConfig;
import org.cyberselfplay.train.config.TrainConfigLoader;
import org.cyberselfplay.train.run.MetricsRow;
import org.cyberselfplay.train.run.MetricsSink;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.trainer.TrainingOutcome;
import org.cyberselfplay.train.trainer.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2-update {@code train} run (SFT, then GRPO with 12 groups of 4 per update: two rollout blocks) with its rollouts
 * on Spark local[2] logs the same metrics, but for wall-clock speed, and ends in the same weights as on threads.
 */
class SparkTrainRunTest {
    private static final Set<String> THROUGHPUT = Set.of("train/env_steps_per_second", "train/samples_per_second");
    private static final String TINY = """
            name: tiny
            seed: 3
            scenario: small
            opponents: [{policy: blitz}, {policy: apt, weight: 2}]
            network: {hidden_sizes: [16, 16], max_hosts: 6}
            sft: {episodes: 4, epochs: 1, batch_size: 64, validation_split: 0.25}
            grpo: {updates: 2, group_size: 4, groups_per_update: 12}
            eval: {every: 2, episodes: 4, opponents: [blitz]}
            run: {threads: 2, checkpoint_every: 2}
            """;

    @TempDir
    Path tmp;

    @Test
    void aTrainRunWithRolloutsOnSparkEqualsTheRunOnThreads() throws IOException {
        TrainConfig config = TrainConfigLoader.fromYaml(TINY, "tiny.yaml", List.of());
        TrainingOutcome threads = TrainingRun.start(config, tmp.resolve("threads"), TrainingRun.Options.defaults());
        TrainingOutcome spark = TrainingRun.start(config, tmp.resolve("spark"), TrainingRun.Options.defaults()
                .withExecutor(ExecutorConfig.spark(Optional.of(Fixtures.LOCAL))));
        assertTrue(threads.complete() && spark.complete());
        assertTrue(Files.readString(RunDirectory.at(tmp.resolve("spark")).log()).contains("grpo rollouts run on spark "
                + "(local[2]"), "the rollouts ran on Spark");

        List<MetricsRow> a = withoutThroughput(tmp.resolve("threads"));
        assertEquals(2, a.stream().filter(r -> r.values().containsKey("train/reward_mean")).count(), "two updates");
        assertEquals(a, withoutThroughput(tmp.resolve("spark")));

        Scenario small = Scenarios.load("small");
        assertArrayEquals(finalWeights(tmp.resolve("threads"), small), finalWeights(tmp.resolve("spark"), small));
    }

    private static List<MetricsRow> withoutThroughput(Path run) {
        return MetricsSink.read(RunDirectory.at(run).metricsJsonl()).stream().map(r -> {
            TreeMap<String, Double> v = new TreeMap<>(r.values());
            v.keySet().removeAll(THROUGHPUT);
            return new MetricsRow(r.step(), v);
        }).toList();
    }

    private static float[] finalWeights(Path run, Scenario scenario) {
        return Checkpoints.load(RunDirectory.at(run).checkpoint(RunDirectory.FINAL_CHECKPOINT), scenario).network()
                .params().toFloatVector();
    }
}
