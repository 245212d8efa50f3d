package org.cyberselfplay.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.league.eval.MatchOutcome;
import org.cyberselfplay.league.eval.MatchRunner;
import org.cyberselfplay.league.eval.Matchup;
import org.cyberselfplay.league.eval.ThreadPoolMatchExecutor;
import org.cyberselfplay.train.rollout.RolloutBatch;
import org.cyberselfplay.train.rollout.ThreadPoolRolloutExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Spark contexts one after the other in one JVM, the second with Kryo (version 4, which cannot rebuild
 * records): each gives the thread pool's results, although both contexts number their broadcasts from 0 and the
 * executor-side cache outlives the first; rollout blocks under Kryo give the thread pool's batches too.
 */
class SparkKryoTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondContextWithKryoGivesTheThreadPoolsResults() throws IOException {
        Fixtures.Evaluation e = new Fixtures.Evaluation(tmp);
        List<Matchup> reversed = new ArrayList<>(e.matchups);
        Collections.reverse(reversed);
        assertSame(threads(e, reversed), spark(new SparkConf(), e, reversed, sc -> { }));
        RolloutCases rollouts = new RolloutCases(tmp);
        List<RolloutBatch> expected;
        try (ThreadPoolRolloutExecutor pool = new ThreadPoolRolloutExecutor(2)) {
            expected = rollouts.collect(pool);
        }
        SparkConf kryo = new SparkConf().set("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        assertSame(threads(e, e.matchups), spark(kryo, e, e.matchups, sc -> {
            try (SparkRolloutExecutor executor = new SparkRolloutExecutor(sc)) {
                RolloutCases.assertIdentical(expected, rollouts.collect(executor), "kryo rollouts");
            }
        }));
    }

    private static List<MatchOutcome> threads(Fixtures.Evaluation e, List<Matchup> m) {
        return new MatchRunner(new ThreadPoolMatchExecutor(2), 16).play(1, e.scenario, m);
    }

    /** The matches on a context of {@code conf}, and then {@code more} on the same context. */
    private static List<MatchOutcome> spark(SparkConf conf, Fixtures.Evaluation e, List<Matchup> m,
                                            Consumer<JavaSparkContext> more) {
        conf.setMaster(Fixtures.LOCAL).setAppName("cyberselfplay-kryo");
        try (JavaSparkContext sc = new JavaSparkContext(conf);
             SparkMatchExecutor executor = new SparkMatchExecutor(sc, 2)) {
            List<MatchOutcome> out = new MatchRunner(executor, 16).play(1, e.scenario, m);
            more.accept(sc);
            return out;
        }
    }

    private static void assertSame(List<MatchOutcome> expected, List<MatchOutcome> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).episodes(), actual.get(i).episodes(), "matchup " + i);
            for (Actor side : Actor.values()) {
                assertArrayEquals(expected.get(i).tools(side), actual.get(i).tools(side), "matchup " + i);
            }
        }
    }
}
