package org.cyberselfplay.agents.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.features.FeatureLayout;
import org.cyberselfplay.agents.features.TestEpisodes;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NeuralPolicyTest {
    private static Scenario small;
    private static NeuralPolicy blue;
    private static NeuralPolicy red;
    private static List<Observation> blueObs;
    private static List<Observation> redObs;

    @BeforeAll
    static void setUp() {
        small = Scenarios.preset("small");
        NetworkConfig config = new NetworkConfig(List.of(64, 64), "tanh", 1e-3, 0.9, 0.999, 1e-8, 3L);
        blue = NeuralPolicy.create(small, Actor.BLUE, FeatureLayout.defaults(), config);
        red = NeuralPolicy.create(small, Actor.RED, FeatureLayout.defaults(), config.withSeed(4L));
        blueObs = TestEpisodes.observations(small, Actor.BLUE, 17L, 64);
        redObs = TestEpisodes.observations(small, Actor.RED, 18L, 64);
    }

    @Test
    void batchedProbabilitiesEqualOneByOneBitForBit() {
        for (NeuralPolicy policy : List.of(blue, red)) {
            List<Observation> obs = policy.side() == Actor.BLUE ? blueObs : redObs;
            float[][] batch = policy.probabilities(obs);
            double worst = 0;
            int differing = 0;
            for (int i = 0; i < obs.size(); i++) {
                float[] single = policy.probabilities(List.of(obs.get(i)))[0];
                for (int a = 0; a < single.length; a++) {
                    worst = Math.max(worst, Math.abs(single[a] - batch[i][a]));
                }
                differing += java.util.Arrays.equals(single, batch[i]) ? 0 : 1;
            }
            assertTrue(worst <= 1e-6, "batched vs one-by-one max difference " + worst);
            assertEquals(0, differing, "rows not bit-identical (max difference " + worst + ")");
            for (int size : new int[] {3, 7, 9, 20}) {
                for (int from = 0; from + size <= obs.size(); from += size) {
                    float[][] part = policy.probabilities(obs.subList(from, from + size));
                    for (int i = 0; i < size; i++) {
                        assertArrayEquals(batch[from + i], part[i], "batch of " + size + " row " + i);
                    }
                }
            }
        }
    }

    @Test
    void probabilitiesAreMaskedAndNormalised() {
        float[][] p = blue.probabilities(blueObs);
        for (int i = 0; i < p.length; i++) {
            boolean[] mask = blue.codec().mask(blueObs.get(i).legalActions());
            double sum = 0;
            for (int a = 0; a < p[i].length; a++) {
                if (!mask[a]) {
                    assertEquals(0f, p[i][a]);
                }
                sum += p[i][a];
            }
            assertEquals(1.0, sum, 1e-5);
        }
    }

    @Test
    void logProbabilityAndEntropyAgreeWithProbabilities() {
        Observation o = redObs.get(10);
        float[] p = red.probabilities(List.of(o))[0];
        boolean[] mask = red.codec().mask(o.legalActions());
        double h = 0;
        for (int a = 0; a < p.length; a++) {
            if (mask[a]) {
                assertEquals(Math.log(p[a]), red.logProbability(o, a), 1e-5);
                h -= p[a] * Math.log(p[a]);
            }
        }
        assertEquals(h, red.entropy(o), 1e-5);
        assertTrue(red.entropy(o) <= Math.log(o.legalActions().count()) + 1e-9);
        int illegal = firstIllegal(mask);
        assertThrows(IllegalArgumentException.class, () -> red.logProbability(o, illegal));
        int[] chosen = red.chooseBatch(redObs, rngs(redObs.size(), 1L));
        double[] batched = red.logProbabilities(redObs, chosen);
        for (int i = 0; i < chosen.length; i += 13) {
            assertEquals(red.logProbability(redObs.get(i), chosen[i]), batched[i], 1e-6);
        }
    }

    private static int firstIllegal(boolean[] mask) {
        for (int a = 0; a < mask.length; a++) {
            if (!mask[a]) {
                return a;
            }
        }
        throw new AssertionError("every action legal");
    }

    @Test
    void actionsAreLegalAndReproducible() {
        List<Action> first = blue.actBatch(blueObs, rngs(blueObs.size(), 99L));
        List<Action> again = blue.actBatch(blueObs, rngs(blueObs.size(), 99L));
        assertEquals(first, again);
        List<Action> one = new ArrayList<>();
        List<SplittableRandom> singles = rngs(blueObs.size(), 99L);
        for (int i = 0; i < blueObs.size(); i++) {
            one.add(blue.act(blueObs.get(i), singles.get(i)));
        }
        assertEquals(first, one, "act equals actBatch element-wise");
        assertNotEquals(first, blue.actBatch(blueObs, rngs(blueObs.size(), 100L)));
        int[] chosen = blue.chooseBatch(blueObs, rngs(blueObs.size(), 99L));
        for (int i = 0; i < chosen.length; i++) {
            int env = blue.codec().toEnvIndex(chosen[i]);
            assertTrue(blueObs.get(i).legalActions().isLegal(env));
            assertEquals(first.get(i), blue.codec().toAction(chosen[i]));
        }
    }

    @Test
    void eachDecisionConsumesExactlyOneDouble() {
        for (NeuralPolicy p : List.of(red, red.withGreedy(true))) {
            SplittableRandom rng = new SplittableRandom(5L);
            SplittableRandom reference = new SplittableRandom(5L);
            p.actBatch(redObs.subList(0, 7), java.util.Collections.nCopies(7, rng));
            for (int i = 0; i < 7; i++) {
                reference.nextDouble();
            }
            assertEquals(reference.nextLong(), rng.nextLong());
        }
    }

    @Test
    void greedyChoosesTheMostLikelyLegalAction() {
        NeuralPolicy greedy = blue.withGreedy(true);
        assertTrue(greedy.greedy());
        float[][] p = blue.probabilities(blueObs);
        int[] chosen = greedy.chooseBatch(blueObs, rngs(blueObs.size(), 1L));
        for (int i = 0; i < chosen.length; i++) {
            for (float q : p[i]) {
                assertTrue(p[i][chosen[i]] >= q);
            }
        }
    }

    @Test
    void forThreadClonesTheNetwork() {
        NeuralPolicy copy = blue.forThread();
        assertTrue(copy.network() != blue.network());
        float[][] a = blue.probabilities(blueObs);
        float[][] b = copy.probabilities(blueObs);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i]);
        }
        assertEquals(blue.network().params(), copy.network().params());
    }

    @Test
    void theSameSeedBuildsTheSameNetwork() {
        NeuralPolicy again = NeuralPolicy.create(small, Actor.BLUE, FeatureLayout.defaults(), blue.config());
        assertEquals(blue.network().params(), again.network().params());
        NeuralPolicy other = NeuralPolicy.create(small, Actor.BLUE, FeatureLayout.defaults(), blue.config().withSeed(8L));
        assertNotEquals(blue.network().params(), other.network().params());
    }

    @Test
    void theNetworkShapeFollowsTheLayouts() {
        assertEquals(986, PolicyNetwork.inputSize(blue.network()));
        assertEquals(211, PolicyNetwork.outputSize(blue.network()));
        assertEquals(459, PolicyNetwork.inputSize(red.network()));
        assertEquals(258, PolicyNetwork.outputSize(red.network()));
        assertEquals(3, blue.network().getnLayers());
        assertArrayEquals(new long[] {5, 986}, blue.featureMatrix(blueObs.subList(0, 5)).shape());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NeuralPolicy.wrap(small,
                Actor.RED, FeatureLayout.defaults(), blue.config(), blue.network(), "x"));
        assertTrue(e.getMessage().contains("986 -> 211"), e.getMessage());
    }

    @Test
    void aPolicyPlaysAnotherScenarioThatFits() {
        Scenario large = Scenarios.preset("large");
        NeuralPolicy onLarge = blue.forScenario(large);
        assertTrue(onLarge.network() == blue.network());
        List<Observation> obs = TestEpisodes.observations(large, Actor.BLUE, 2L, 16);
        int[] chosen = onLarge.chooseBatch(obs, rngs(obs.size(), 3L));
        for (int i = 0; i < chosen.length; i++) {
            assertTrue(obs.get(i).legalActions().isLegal(onLarge.codec().toEnvIndex(chosen[i])));
        }
    }

    @Test
    void foreignOrActionlessObservationsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> blue.act(redObs.get(0), new SplittableRandom(1L)));
        assertTrue(e.getMessage().contains("plays blue"), e.getMessage());
        org.cyberselfplay.env.game.GameEnv env = new org.cyberselfplay.env.game.GameEnv(small);
        env.reset(1L);
        Observation notRedsTurn = env.observe(Actor.RED);
        assertThrows(IllegalArgumentException.class, () -> red.act(notRedsTurn, new SplittableRandom(1L)));
        assertThrows(IllegalArgumentException.class, () -> blue.probabilities(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> blue.actBatch(blueObs.subList(0, 2), rngs(3, 1L)));
    }

    static List<SplittableRandom> rngs(int n, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        List<SplittableRandom> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(root.split());
        }
        return out;
    }
}
