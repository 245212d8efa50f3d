package org.cyberselfplay.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.league.eval.MatchOutcome;
import org.cyberselfplay.league.eval.MatchRunner;
import org.cyberselfplay.league.eval.ThreadPoolMatchExecutor;
import org.cyberselfplay.train.rollout.RolloutBatch;
import org.cyberselfplay.train.rollout.ThreadPoolRolloutExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of the Spark executor: one evaluation (checkpoints, a live network, archetypes by name and by
 * file, a scripted Blue) on the thread pool, on Spark local[2] and on local-cluster[2,1,512] (two executor JVMs)
 * gives identical episodes and tool counts; and GRPO rollouts ({@link RolloutCases}) give identical batches, every
 * decision and reward, on the same three.
 */
class SparkParityTest {
    private static final int BATCH = 16;

    @TempDir
    Path tmp;

    @Test
    void theThreadPoolLocalAndALocalClusterGiveIdenticalResults() throws IOException {
        Fixtures.Evaluation e = new Fixtures.Evaluation(tmp);
        RolloutCases rollouts = new RolloutCases(tmp);
        List<RolloutBatch> batches;
        try (ThreadPoolRolloutExecutor pool = new ThreadPoolRolloutExecutor(2)) {
            batches = rollouts.collect(pool);
        }
        List<MatchOutcome> threads = new MatchRunner(new ThreadPoolMatchExecutor(2), BATCH)
                .play(1, e.scenario, e.matchups);
        assertEquals(197, threads.stream().mapToInt(o -> o.episodes().size()).sum());

        List<MatchOutcome> local = onSpark(Fixtures.LOCAL, e, rollouts, batches);
        assertIdentical(threads, local, Fixtures.LOCAL);

        List<MatchOutcome> cluster = onSpark(Fixtures.LOCAL_CLUSTER, e, rollouts, batches);
        assertIdentical(threads, cluster, Fixtures.LOCAL_CLUSTER);
    }

    /** Two blocks per task: tasks of 32 episodes, and the last task of each matchup shorter. */
    private static List<MatchOutcome> onSpark(String master, Fixtures.Evaluation e, RolloutCases rollouts,
                                              List<RolloutBatch> batches) {
        try (JavaSparkContext sc = Fixtures.context(master);
             SparkMatchExecutor executor = new SparkMatchExecutor(sc, 2)) {
            List<MatchOutcome> out = new MatchRunner(executor, BATCH).play(1, e.scenario, e.matchups);
            try (SparkRolloutExecutor spark = new SparkRolloutExecutor(sc)) {
                RolloutCases.assertIdentical(batches, rollouts.collect(spark), master + " rollouts");
            }
            if (master.startsWith("local-cluster")) {
                // The block managers of the driver and of two executor JVMs.
                assertEquals(3, sc.sc().getExecutorMemoryStatus().size(), "executor JVMs");
            }
            return out;
        }
    }

    private static void assertIdentical(List<MatchOutcome> expected, List<MatchOutcome> actual, String master) {
        assertEquals(expected.size(), actual.size(), master);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).episodes(), actual.get(i).episodes(), master + ", matchup " + i);
            for (Actor side : Actor.values()) {
                assertArrayEquals(expected.get(i).tools(side), actual.get(i).tools(side), master + " " + side);
            }
        }
    }
}
