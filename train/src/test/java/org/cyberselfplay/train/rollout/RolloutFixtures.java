package org.cyberselfplay.train.rollout;

import java.util.List;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.features.FeatureLayout;
import org.cyberselfplay.agents.neural.NetworkConfig;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;

/** Tiny learners and opponent mixes for the rollout tests. */
final class RolloutFixtures {
    static final Scenario SMALL = Scenarios.load("small");

    private RolloutFixtures() {
    }

    /** A fresh [16, 16] network for {@code side} on the small scenario, six host slots. */
    static NeuralPolicy learner(Actor side, long seed) {
        NetworkConfig config = new NetworkConfig(List.of(16, 16), "relu", 1e-3, 0.9, 0.999, 1e-8, seed);
        return NeuralPolicy.create(SMALL, side, new FeatureLayout(SMALL.hostCount()), config);
    }

    /** Two Red archetypes, weights 1 and 3. */
    static OpponentMix redMix() {
        return OpponentMix.of(List.of(Policies.red("blitz", SMALL), Policies.red("apt", SMALL)), new double[] {1, 3});
    }

    /** Two scripted Blue policies, equal weights. */
    static OpponentMix blueMix() {
        return OpponentMix.of(List.of(Policies.blue("scripted:expert", SMALL), Policies.blue("scripted:random", SMALL)),
                new double[] {1, 1});
    }
}
