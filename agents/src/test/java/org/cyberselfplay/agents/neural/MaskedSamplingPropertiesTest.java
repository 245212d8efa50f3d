package org.cyberselfplay.agents.neural;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cyberselfplay.agents.features.FeatureLayout;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;

/**
 * Masked sampling from an untrained network never yields an illegal action, over thousands of random states:
 * each try plays uniformly random legal moves for a random number of steps from a random seed and then
 * samples (or picks greedily) for the last states of both sides.
 */
class MaskedSamplingPropertiesTest {
    private static final int STATES_PER_TRY = 12;
    private static final Map<String, Map<Actor, NeuralPolicy>> POLICIES = new ConcurrentHashMap<>();

    @Provide
    Arbitrary<String> presets() {
        return Arbitraries.of(Scenarios.presetNames());
    }

    @Property(tries = 400)
    void sampledActionsAreAlwaysLegal(@ForAll("presets") String preset, @ForAll long seed,
                                      @ForAll @IntRange(min = 0, max = 360) int steps, @ForAll boolean greedy) {
        Scenario scenario = Scenarios.preset(preset);
        GameEnv env = new GameEnv(scenario);
        SplittableRandom rng = new SplittableRandom(seed);
        env.resetFast(rng.nextLong());
        List<Observation> path = new ArrayList<>();
        for (int i = 0; i <= steps && !env.isTerminal(); i++) {
            path.add(env.observe(env.currentActor()));
            env.stepRandom(rng);
        }
        List<Observation> recent = path.subList(Math.max(0, path.size() - STATES_PER_TRY), path.size());
        for (Actor side : Actor.values()) {
            List<Observation> mine = recent.stream().filter(o -> o.actor() == side).toList();
            if (mine.isEmpty()) {
                continue;
            }
            NeuralPolicy policy = policy(scenario, side).withGreedy(greedy);
            List<SplittableRandom> rngs = NeuralPolicyTest.rngs(mine.size(), rng.nextLong());
            int[] chosen = policy.chooseBatch(mine, rngs);
            List<Action> actions = policy.actBatch(mine, NeuralPolicyTest.rngs(mine.size(), rng.nextLong()));
            for (int i = 0; i < chosen.length; i++) {
                assertFalse(policy.codec().isPadding(chosen[i]), "padded slot " + chosen[i]);
                int envIndex = policy.codec().toEnvIndex(chosen[i]);
                assertTrue(mine.get(i).legalActions().isLegal(envIndex),
                        preset + " " + side + ": illegal env index " + envIndex);
                int actionIndex = indexOf(policy, actions.get(i));
                assertTrue(mine.get(i).legalActions().isLegal(actionIndex), "illegal action " + actions.get(i));
            }
        }
    }

    private static int indexOf(NeuralPolicy policy, Action action) {
        var space = policy.codec().actionSpace();
        for (int e = 0; e < space.size(); e++) {
            if (space.toAction(e).equals(action)) {
                return e;
            }
        }
        throw new AssertionError("action outside the action space: " + action);
    }

    private static NeuralPolicy policy(Scenario scenario, Actor side) {
        return POLICIES.computeIfAbsent(scenario.name(), name -> {
            Map<Actor, NeuralPolicy> bySide = new EnumMap<>(Actor.class);
            for (Actor s : Actor.values()) {
                bySide.put(s, NeuralPolicy.create(scenario, s, FeatureLayout.defaults(),
                        NetworkConfig.defaults(name.hashCode() + s.ordinal())));
            }
            return bySide;
        }).get(side);
    }
}
