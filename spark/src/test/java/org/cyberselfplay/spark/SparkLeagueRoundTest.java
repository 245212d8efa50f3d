package org.cyberselfplay.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cyberselfplay.train.config.ExecutorConfig;
import org.cyberselfplay.train.config.LeagueConfig;
import org.cyberselfplay.train.config.LeagueConfigLoader;
import org.cyberselfplay.train.league.LeagueOutcome;
import org.cyberselfplay.train.league.LeagueRun;
import org.cyberselfplay.train.run.MetricsRow;
import org.cyberselfplay.train.run.MetricsSink;
import org.cyberselfplay.train.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A league round (configs/league-quick.yaml made tiny: the start, one round with a Red best response, the fixed
 * evaluation) with its matches and its GRPO rollouts (Blue's and the best response's) on Spark local[2] ends in the
 * league state and metrics of the same round on the thread pool.
 */
class SparkLeagueRoundTest {
    static final List<String> TINY = List.of("network.hidden_sizes=[16, 16]", "network.max_hosts=6",
            "sft.episodes=4", "sft.epochs=1", "sft.batch_size=64", "sft.validation_split=0.25", "grpo.updates=2",
            "grpo.group_size=2", "grpo.groups_per_update=2", "league.rounds=1", "league.sims_per_entry=20",
            "league.archetypes=[blitz, apt@0.2, random]", "league.best_response.sft.episodes=3",
            "league.best_response.sft.epochs=1", "league.best_response.sft.validation_split=0.34",
            "league.best_response.grpo.updates=2", "league.best_response.grpo.group_size=2",
            "league.best_response.grpo.groups_per_update=2", "eval.episodes=12", "eval.opponents=[blitz, meander]",
            "run.threads=2");

    @TempDir
    Path tmp;

    @Test
    void aLeagueRoundOnSparkEndsInTheStateOfTheSameRoundOnThreads() throws IOException {
        LeagueConfig config = LeagueConfigLoader.load(Path.of("..", "configs", "league-quick.yaml"), TINY);
        LeagueOutcome threads = LeagueRun.start(config, tmp.resolve("threads"), LeagueRun.Options.defaults());
        LeagueOutcome spark = LeagueRun.start(config, tmp.resolve("spark"), LeagueRun.Options.defaults()
                .withExecutor(ExecutorConfig.spark(Optional.of(Fixtures.LOCAL))));
        assertTrue(threads.complete() && spark.complete());
        assertEquals(1, spark.roundsRun());
        assertTrue(Files.readString(RunDirectory.at(tmp.resolve("spark")).log()).contains("league matches run on spark "
                + "(local[2]"), "the matches ran on Spark");
        assertTrue(Files.readString(RunDirectory.at(tmp.resolve("spark")).log()).contains("league GRPO rollouts run "
                + "on spark (local[2]"), "the rollouts ran on Spark");

        String state = Files.readString(RunDirectory.at(tmp.resolve("threads")).checkpoint("league-state.json"));
        assertTrue(state.contains("\"payoffs\""), state);
        assertEquals(state, Files.readString(RunDirectory.at(tmp.resolve("spark")).checkpoint("league-state.json")));
        assertEquals(matchMetrics(tmp.resolve("threads")), matchMetrics(tmp.resolve("spark")));
        assertFalse(matchMetrics(tmp.resolve("spark")).isEmpty());
        Map<String, Double> training = metrics(tmp.resolve("threads"), "train/");
        assertTrue(training.keySet().stream().anyMatch(k -> k.endsWith("train/reward_mean")), training.toString());
        assertEquals(training, metrics(tmp.resolve("spark"), "train/"));
    }

    /** Every logged value that comes from matches: pool win rates, the league's meta-game, the fixed evaluation. */
    private static Map<String, Double> matchMetrics(Path run) {
        Map<String, Double> out = metrics(run, "eval/");
        out.putAll(metrics(run, "league/"));
        return out;
    }

    /** Every logged value whose key starts with {@code prefix}, but for wall-clock speeds. */
    private static Map<String, Double> metrics(Path run, String prefix) {
        Map<String, Double> out = new TreeMap<>();
        for (MetricsRow row : MetricsSink.read(RunDirectory.at(run).metricsJsonl())) {
            row.values().forEach((k, v) -> {
                if (k.startsWith(prefix) && !k.endsWith("_per_second")) {
                    out.put(row.step() + " " + k, v);
                }
            });
        }
        return out;
    }
}
