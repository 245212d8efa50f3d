package org.cyberselfplay.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.league.eval.ExecutorSettings;
import org.cyberselfplay.league.eval.JobPolicy;
import org.cyberselfplay.league.eval.MatchOutcome;
import org.cyberselfplay.league.eval.MatchRunner;
import org.cyberselfplay.league.eval.Matchup;
import org.cyberselfplay.league.eval.ScenarioSource;
import org.cyberselfplay.train.config.GroupMode;
import org.cyberselfplay.train.rollout.RolloutCollector;
import org.cyberselfplay.train.rollout.RolloutPlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark executors on local[2]: the executor-side cache of matches and of rollouts, refusals, the configuration
 * they start with.
 */
class SparkExecutorTest {
    private static JavaSparkContext sc;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        sc = Fixtures.context(Fixtures.LOCAL);
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    @Test
    void rolloutsRebuildTheLearnerOncePerUpdateAndTheOpponentsOnce() throws IOException {
        RolloutCases cases = new RolloutCases(tmp);
        RolloutCollector collector = new RolloutCollector(new SparkRolloutExecutor(sc));
        java.util.function.Supplier<RolloutPlan> plan = () -> RolloutPlan.draw(new java.util.SplittableRandom(9),
                GroupMode.EPISODE, 16, 4, cases.scenario.scenario().maxTurns(), cases.reds);
        ExecutorCache.clear();
        long before = ExecutorCache.rebuilds();
        collector.collect(plan.get(), cases.scenario, cases.blue, cases.reds, 1, 1.0);
        // Two blocks: the learner and three opponents, each rebuilt once.
        assertEquals(4, ExecutorCache.rebuilds() - before);
        cases.blue.network().params().addi(0.01);
        collector.collect(plan.get(), cases.scenario, cases.blue, cases.reds, 1, 1.0);
        assertEquals(5, ExecutorCache.rebuilds() - before, "new weights: only the learner is rebuilt");

        IllegalStateException local = assertThrows(IllegalStateException.class, () -> collector.collect(plan.get(),
                cases.blue, cases.reds, 1));
        assertTrue(local.getMessage().contains("cannot be played in another process"), local.getMessage());
    }

    @Test
    void executorsRebuildAPolicyOnlyWhenItsVersionIsNew() throws IOException {
        Fixtures.Evaluation e = new Fixtures.Evaluation(tmp);
        MatchRunner runner = new MatchRunner(new SparkMatchExecutor(sc, 1), 16);
        ExecutorCache.clear();
        long before = ExecutorCache.rebuilds();
        List<MatchOutcome> first = runner.play(1, e.scenario, e.matchups);
        long rebuilt = ExecutorCache.rebuilds() - before;
        // Seven distinct policies in the evaluation: three Blue, four Red.
        assertEquals(7, rebuilt);
        List<MatchOutcome> second = runner.play(2, e.scenario, e.matchups);
        assertEquals(rebuilt, ExecutorCache.rebuilds() - before, "a second round with the same versions rebuilds nothing");
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).episodes(), second.get(i).episodes());
        }
    }

    @Test
    void aPolicyOrScenarioGivenAsAnObjectOnlyIsRefusedWithAClearMessage() {
        ScenarioSource small = ScenarioSource.of("small");
        JobPolicy blue = JobPolicy.local(Policies.blue("scripted:expert", small.scenario()));
        JobPolicy red = JobPolicy.ofSpec(Actor.RED, "blitz", small.scenario());
        MatchRunner runner = new MatchRunner(new SparkMatchExecutor(sc, 1), 16);
        IllegalStateException p = assertThrows(IllegalStateException.class,
                () -> runner.play(0, small, List.of(new Matchup("m", blue, red, 1, 4))));
        assertTrue(p.getMessage().contains("cannot be played in another process"), p.getMessage());
        JobPolicy portableBlue = JobPolicy.ofSpec(Actor.BLUE, "scripted:expert", small.scenario());
        IllegalStateException s = assertThrows(IllegalStateException.class, () -> runner.play(0,
                ScenarioSource.local(small.scenario()), List.of(new Matchup("m", portableBlue, red, 1, 4))));
        assertTrue(s.getMessage().contains("scenario small was handed over as an object"), s.getMessage());
    }

    @Test
    void theConfigurationKeepsOneOpenMpThreadPerExecutorAndTheMasterAsked() {
        SparkConf conf = SparkMatchExecutor.conf(new ExecutorSettings("spark", Optional.of("local[3]"), 1,
                Optional.of(200), Map.of("spark.executor.memory", "2g")));
        assertEquals("local[3]", conf.get("spark.master"));
        assertEquals("1", conf.get("spark.executorEnv.OMP_NUM_THREADS"));
        assertEquals("2g", conf.get("spark.executor.memory"));
        SparkConf fallback = SparkMatchExecutor.conf(new ExecutorSettings("spark", Optional.empty(), 1,
                Optional.empty(), Map.of()));
        assertEquals(System.getProperty("spark.master", "local[*]"), fallback.get("spark.master"));
        assertEquals(4, new ExecutorSettings("spark", Optional.empty(), 1, Optional.of(200), Map.of())
                .blocksPerTask(64, SparkMatchExecutor.DEFAULT_BLOCKS_PER_TASK));
    }
}
