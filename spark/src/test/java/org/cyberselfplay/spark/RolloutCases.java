package org.cyberselfplay.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.features.FeatureLayout;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.agents.neural.NetworkConfig;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.league.eval.JobPolicy;
import org.cyberselfplay.league.eval.ScenarioSource;
import org.cyberselfplay.train.config.GroupMode;
import org.cyberselfplay.train.rollout.Decision;
import org.cyberselfplay.train.rollout.OpponentMix;
import org.cyberselfplay.train.rollout.RolloutBatch;
import org.cyberselfplay.train.rollout.RolloutCollector;
import org.cyberselfplay.train.rollout.RolloutExecutor;
import org.cyberselfplay.train.rollout.RolloutPlan;

/**
 * Rollout plans for the parity tests: a live Blue network against Red archetypes by name and by file and a Red
 * checkpoint, in both group modes (several blocks each, one at a temperature), and a live Red network against
 * scripted Blue.
 */
final class RolloutCases {
    final ScenarioSource scenario = ScenarioSource.of("small");
    final NeuralPolicy blue;
    private final NeuralPolicy red;
    final OpponentMix reds;
    private final OpponentMix blues;

    RolloutCases(Path dir) throws IOException {
        Scenario sc = scenario.scenario();
        NetworkConfig config = new NetworkConfig(List.of(16, 16), "relu", 1e-3, 0.9, 0.999, 1e-8, 11L);
        blue = NeuralPolicy.create(sc, Actor.BLUE, new FeatureLayout(8), config).withName("learner");
        red = NeuralPolicy.create(sc, Actor.RED, new FeatureLayout(8), config.withSeed(12)).withName("red-learner");
        Path redFile = dir.resolve("red-opponent.zip");
        Checkpoints.save(NeuralPolicy.create(sc, Actor.RED, new FeatureLayout(8), config.withSeed(13)), redFile);
        Path apt = dir.resolve("apt-copy.yaml");
        Fixtures.copyAptTo(apt);
        reds = OpponentMix.ofJobs(List.of(JobPolicy.ofSpec(Actor.RED, "blitz", sc),
                JobPolicy.ofSpec(Actor.RED, apt + "@0.2", sc), JobPolicy.ofSpec(Actor.RED, redFile.toString(), sc)),
                new double[] {1, 2, 1});
        blues = OpponentMix.ofJobs(List.of(JobPolicy.ofSpec(Actor.BLUE, "scripted:expert", sc),
                JobPolicy.ofSpec(Actor.BLUE, "scripted:random", sc)), new double[] {1, 1});
    }

    /** Every case's batch collected on {@code executor}, in a fixed order. */
    List<RolloutBatch> collect(RolloutExecutor executor) {
        RolloutCollector c = new RolloutCollector(executor);
        int turns = scenario.scenario().maxTurns();
        List<RolloutBatch> out = new ArrayList<>();
        // 10 groups of 4: blocks of 8 groups (2 blocks, the second shorter).
        out.add(c.collect(RolloutPlan.draw(new SplittableRandom(5), GroupMode.EPISODE, 10, 4, turns, reds),
                scenario, blue, reds, 1, 1.0));
        out.add(c.collect(RolloutPlan.draw(new SplittableRandom(6), GroupMode.STATE, 10, 4, turns, reds),
                scenario, blue, reds, 3, 0.7));
        // 3 groups of 12: blocks of 2 groups (2 blocks).
        out.add(c.collect(RolloutPlan.draw(new SplittableRandom(7), GroupMode.EPISODE, 3, 12, turns, blues),
                scenario, red, blues, 1, 1.0));
        return out;
    }

    /** Every decision (features, mask, action, logp, tool), reward and sequence of the batches are equal. */
    static void assertIdentical(List<RolloutBatch> expected, List<RolloutBatch> actual, String where) {
        assertEquals(expected.size(), actual.size(), where);
        for (int b = 0; b < expected.size(); b++) {
            RolloutBatch e = expected.get(b);
            RolloutBatch a = actual.get(b);
            String at = where + ", batch " + b;
            assertTrue(e.size() > 0, at);
            assertEquals(e.size(), a.size(), at + ": decisions");
            for (int d = 0; d < e.size(); d++) {
                Decision x = e.decisions().get(d);
                Decision y = a.decisions().get(d);
                assertArrayEquals(x.features(), y.features(), at + ", decision " + d);
                assertArrayEquals(x.mask(), y.mask(), at + ", decision " + d);
                assertEquals(x.action(), y.action(), at + ", decision " + d);
                assertEquals(Double.doubleToRawLongBits(x.logp()), Double.doubleToRawLongBits(y.logp()),
                        at + ", decision " + d);
                assertEquals(x.tool(), y.tool(), at + ", decision " + d);
            }
            assertArrayEquals(e.sequenceOf(), a.sequenceOf(), at);
            assertArrayEquals(e.groupOf(), a.groupOf(), at);
            assertEquals(e.sequences(), a.sequences(), at + ": sequences (rewards, winners, metrics)");
            assertEquals(e.envSteps(), a.envSteps(), at);
        }
    }
}
