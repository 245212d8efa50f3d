package org.cyberselfplay.train.rollout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.features.ActionCodec;
import org.cyberselfplay.agents.neural.MaskedCategorical;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.agents.neural.PolicyNetwork;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.train.config.GroupMode;
import org.junit.jupiter.api.Test;

/** What a rollout records, checked by replaying every episode from the plan's seeds. */
class RolloutCollectorTest {

    private static RolloutBatch collect(NeuralPolicy learner, OpponentMix mix, GroupMode mode, int groups, int size,
                                        int threads, long seed) {
        RolloutPlan plan = RolloutPlan.draw(new SplittableRandom(seed), mode, groups, size,
                learner.scenario().maxTurns(), mix);
        try (RolloutCollector c = new RolloutCollector(threads)) {
            return c.collect(plan, learner, mix, 3);
        }
    }

    @Test
    void episodeModeRecordsEveryLearnerMoveWithLegalMasksAndTheSamplingLogProbability() {
        for (Actor side : Actor.values()) {
            NeuralPolicy learner = RolloutFixtures.learner(side, 3);
            OpponentMix mix = side == Actor.BLUE ? RolloutFixtures.redMix() : RolloutFixtures.blueMix();
            RolloutPlan plan = RolloutPlan.draw(new SplittableRandom(5), GroupMode.EPISODE, 3, 2,
                    learner.scenario().maxTurns(), mix);
            RolloutBatch batch;
            try (RolloutCollector c = new RolloutCollector(1)) {
                batch = c.collect(plan, learner, mix, 1);
            }
            assertEquals(6, batch.sequences().size());
            assertEquals(side, batch.learner());
            int d = 0;
            for (int s = 0; s < batch.sequences().size(); s++) {
                SequenceResult seq = batch.sequences().get(s);
                GroupSeeds gs = plan.groups().get(seq.group());
                d = replay(batch, d, s, learner, mix.policy(gs.opponent()), gs.envSeed(), gs.opponentSeed());
                assertTrue(seq.finished());
                assertEquals(mix.name(gs.opponent()), seq.opponent());
            }
            assertEquals(batch.size(), d, "every decision belongs to a replayed episode");
        }
    }

    /**
     * Replays sequence {@code s} with its recorded learner actions; checks features, mask, legality, log-probability
     * and tool of every decision, that the game ends exactly after them, and the reward. Returns the next decision.
     */
    private static int replay(RolloutBatch batch, int d, int s, NeuralPolicy learner, Policy opponent, long envSeed,
                              long opponentSeed) {
        Actor side = learner.side();
        ActionCodec codec = learner.codec();
        GameEnv env = new GameEnv(learner.scenario());
        env.resetFast(envSeed);
        SplittableRandom opponentRng = new SplittableRandom(opponentSeed);
        int moves = 0;
        while (!env.isTerminal()) {
            if (env.currentActor() == side) {
                Observation obs = env.observe(side);
                assertEquals(s, batch.sequenceOf()[d]);
                Decision dec = batch.decisions().get(d);
                assertArrayEquals(codec.mask(obs.legalActions()), dec.mask());
                assertTrue(dec.mask()[dec.action()], "the action is legal");
                assertArrayEquals(learner.features(List.of(obs)), dec.features());
                assertEquals(learner.logProbability(obs, dec.action()), dec.logp(), 1e-6);
                assertEquals(org.cyberselfplay.env.Tool.of(side).indexOf(codec.tool(dec.action())), dec.tool());
                env.stepIndex(codec.toEnvIndex(dec.action()));
                d++;
                moves++;
            } else {
                assertTrue(env.step(opponent.act(env.observe(side.opponent()), opponentRng)).accepted());
            }
        }
        assertEquals(moves, batch.sequences().get(s).decisions(), "decisions = learner moves");
        assertEquals(env.returnOf(side), batch.sequences().get(s).reward(), 1e-12);
        assertEquals(env.winner(), batch.sequences().get(s).winner());
        return d;
    }

    @Test
    void episodeGroupsShareSeedAndOpponentAndDifferInTheLearner() {
        NeuralPolicy learner = RolloutFixtures.learner(Actor.BLUE, 4);
        RolloutBatch batch = collect(learner, RolloutFixtures.redMix(), GroupMode.EPISODE, 3, 4, 1, 9);
        assertEquals(12, batch.sequences().size());
        for (int s = 0; s < 12; s++) {
            SequenceResult seq = batch.sequences().get(s);
            assertEquals(s / 4, seq.group());
            assertEquals(s % 4, seq.member());
            assertEquals(batch.sequences().get(s / 4 * 4).opponent(), seq.opponent());
        }
        Set<String> firstActions = new HashSet<>();
        for (int d = 0; d < batch.size(); d++) {
            assertEquals(batch.sequences().get(batch.sequenceOf()[d]).group(), batch.groupOf()[d]);
        }
        // The members of a group start from the same observation: identical first feature rows and masks.
        for (int g = 0; g < 3; g++) {
            List<Decision> firsts = firsts(batch, g);
            assertEquals(4, firsts.size());
            for (Decision f : firsts) {
                assertArrayEquals(firsts.get(0).features(), f.features());
                assertArrayEquals(firsts.get(0).mask(), f.mask());
                firstActions.add(g + ":" + f.action());
            }
        }
        assertTrue(firstActions.size() > 3, "members sample their own actions");
    }

    @Test
    void stateGroupsBranchOneStateIntoGFirstDecisions() {
        for (Actor side : Actor.values()) {
            NeuralPolicy learner = RolloutFixtures.learner(side, 6);
            OpponentMix mix = side == Actor.BLUE ? RolloutFixtures.redMix() : RolloutFixtures.blueMix();
            RolloutBatch batch = collect(learner, mix, GroupMode.STATE, 4, 3, 1, 11);
            assertEquals(12, batch.sequences().size());
            assertEquals(12, batch.size(), "one recorded decision per branch");
            for (int g = 0; g < 4; g++) {
                List<Decision> firsts = firsts(batch, g);
                assertEquals(3, firsts.size());
                for (Decision f : firsts) {
                    assertArrayEquals(firsts.get(0).features(), f.features(), "branches copy one state");
                    assertTrue(f.mask()[f.action()]);
                }
            }
            for (SequenceResult s : batch.sequences()) {
                assertEquals(1, s.decisions());
                assertTrue(s.finished() || s.metrics().steps() > 0);
            }
        }
    }

    @Test
    void stateBranchesAreScoredOverTheirHorizonFromTheBranchPoint() {
        NeuralPolicy learner = RolloutFixtures.learner(Actor.BLUE, 8);
        OpponentMix mix = RolloutFixtures.redMix();
        RolloutPlan plan = RolloutPlan.draw(new SplittableRandom(2), GroupMode.STATE, 3, 2, 60, mix);
        RolloutBatch batch;
        try (RolloutCollector c = new RolloutCollector(1)) {
            batch = c.collect(plan, learner, mix, 4);
        }
        for (SequenceResult s : batch.sequences()) {
            GroupSeeds gs = plan.groups().get(s.group());
            int turns = s.metrics().steps();
            // A Blue branch from decision k plays k + horizon turns unless the game ends first.
            assertTrue(s.finished() || turns == Math.min(60, gs.branchDecision() + 4),
                    "branch at " + gs.branchDecision() + " ended at turn " + turns);
        }
    }

    @Test
    void batchesDoNotDependOnTheThreadCount() {
        NeuralPolicy learner = RolloutFixtures.learner(Actor.BLUE, 12);
        for (GroupMode mode : GroupMode.values()) {
            // Groups of 8: four groups per block, so nine groups make three blocks.
            RolloutBatch one = collect(learner, RolloutFixtures.redMix(), mode, 9, 8, 1, 21);
            RolloutBatch three = collect(learner, RolloutFixtures.redMix(), mode, 9, 8, 3, 21);
            assertEquals(one.size(), three.size());
            assertArrayEquals(one.sequenceOf(), three.sequenceOf());
            assertArrayEquals(one.groupOf(), three.groupOf());
            assertArrayEquals(one.actions(), three.actions());
            assertArrayEquals(one.logpOld(), three.logpOld());
            assertArrayEquals(one.features(), three.features());
            assertEquals(one.sequences(), three.sequences());
            assertEquals(one.envSteps(), three.envSteps());
        }
    }

    @Test
    void theSamplingMoverChoosesWhatChooseBatchChooses() {
        NeuralPolicy learner = RolloutFixtures.learner(Actor.BLUE, 14);
        List<Slot> slots = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        List<SplittableRandom> rngs = new ArrayList<>();
        for (int k = 0; k < 11; k++) {
            GameEnv env = new GameEnv(learner.scenario());
            env.resetFast(100 + k);
            slots.add(new Slot(k, env, new SplittableRandom(k), new SplittableRandom(0), 0, Slot.UNLIMITED, false));
            observations.add(env.observe(Actor.BLUE));
            rngs.add(new SplittableRandom(k));
        }
        int[] mover = new SamplingMover(learner, Integer.MAX_VALUE, 1.0).choose(slots, observations);
        assertArrayEquals(learner.chooseBatch(observations, rngs), mover);
    }

    @Test
    void aTemperatureSamplesAndRecordsTheSoftenedPolicy() {
        NeuralPolicy learner = RolloutFixtures.learner(Actor.BLUE, 16);
        List<Slot> slots = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            GameEnv env = new GameEnv(learner.scenario());
            env.resetFast(200 + k);
            slots.add(new Slot(k, env, new SplittableRandom(k), new SplittableRandom(0), 0, Slot.UNLIMITED, false));
            observations.add(env.observe(Actor.BLUE));
        }
        double temperature = 2.5;
        SamplingMover mover = new SamplingMover(learner, Integer.MAX_VALUE, temperature);
        int[] chosen = mover.choose(slots, observations);
        float[][] logits = PolicyNetwork.logits(learner.network(), learner.features(observations), 5);
        for (int k = 0; k < 5; k++) {
            float[] soft = logits[k].clone();
            for (int j = 0; j < soft.length; j++) {
                soft[j] /= (float) temperature;
            }
            boolean[] mask = learner.codec().mask(observations.get(k).legalActions());
            double u = new SplittableRandom(k).nextDouble();
            assertEquals(MaskedCategorical.inverseCdf(MaskedCategorical.probabilities(soft, mask), mask, u), chosen[k]);
            Decision d = mover.decisions(k).get(0);
            assertEquals(MaskedCategorical.logProbability(soft, mask, chosen[k]), d.logp(), 1e-9);
            assertNotEquals(MaskedCategorical.logProbability(logits[k], mask, chosen[k]), d.logp(), 1e-6);
        }
    }

    @Test
    void aMoveLimitStopsAfterTheOpponentsReply() {
        NeuralPolicy learner = RolloutFixtures.learner(Actor.BLUE, 15);
        GameEnv env = new GameEnv(learner.scenario());
        env.resetFast(1);
        Slot slot = new Slot(0, env, new SplittableRandom(1), new SplittableRandom(2), 1, 5, true);
        long steps = Lockstep.play(List.of(slot), Actor.BLUE, learner.codec(), new SamplingMover(learner, 0, 1.0),
                RolloutFixtures.redMix());
        assertEquals(10, steps);
        assertEquals(10, slot.steps());
        assertEquals(5, env.metrics().steps());
        assertEquals(Actor.BLUE, env.currentActor());
        assertEquals(4, slot.snapshot().metrics().steps(), "the snapshot precedes the last learner move");
        assertFalse(slot.snapshot().isTerminal());
    }

    @Test
    void plansDrawTheirSeedsInTheDocumentedOrder() {
        OpponentMix mix = RolloutFixtures.redMix();
        RolloutPlan plan = RolloutPlan.draw(new SplittableRandom(42), GroupMode.STATE, 2, 3, 60, mix);
        SplittableRandom r = new SplittableRandom(42);
        for (GroupSeeds g : plan.groups()) {
            assertEquals(r.nextLong(), g.envSeed());
            assertEquals(mix.draw(r.nextDouble()), g.opponent());
            assertEquals(r.nextLong(), g.opponentSeed());
            assertEquals(r.nextLong(), g.trunkSeed());
            assertEquals(r.nextInt(60), g.branchDecision());
            assertEquals(r.nextLong(), g.branchOpponentSeed());
            for (int m = 0; m < 3; m++) {
                assertEquals(r.nextLong(), g.learnerSeed(m));
            }
        }
    }

    @Test
    void theMixDrawsByWeight() {
        OpponentMix mix = RolloutFixtures.redMix();
        assertEquals(0, mix.draw(0.0));
        assertEquals(0, mix.draw(0.2499));
        assertEquals(1, mix.draw(0.25));
        assertEquals(1, mix.draw(0.9999));
        assertEquals("apt", mix.name(1));
        assertEquals(Actor.RED, mix.side());
    }

    private static List<Decision> firsts(RolloutBatch batch, int group) {
        List<Decision> out = new ArrayList<>();
        int last = -1;
        for (int d = 0; d < batch.size(); d++) {
            if (batch.groupOf()[d] == group && batch.sequenceOf()[d] != last) {
                out.add(batch.decisions().get(d));
                last = batch.sequenceOf()[d];
            }
        }
        return out;
    }
}
