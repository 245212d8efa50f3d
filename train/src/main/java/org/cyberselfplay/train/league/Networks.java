package org.cyberselfplay.train.league;

import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.train.config.NetworkSettings;

/** The networks of a league, Blue and Red alike, built the same way by a start and a resume. */
final class Networks {
    private Networks() {
    }

    /** A new network of {@code side} from {@code seed}, at {@code learningRate}. */
    static NeuralPolicy initial(Scenario scenario, NetworkSettings n, Actor side, long seed, double learningRate,
                                String name) {
        return NeuralPolicy.create(scenario, side, n.featureLayout(), n.toNetworkConfig(seed, learningRate))
                .withName(name);
    }

    /**
     * A GRPO learner starting from {@code reference}'s weights in a network of its own with a fresh optimizer
     * (iteration 0), at the phase's learning rate.
     */
    static NeuralPolicy grpoStart(Scenario scenario, NetworkSettings n, NeuralPolicy reference, long seed,
                                  double learningRate, String name) {
        NeuralPolicy learner = initial(scenario, n, reference.side(), seed, learningRate, name);
        learner.network().setParams(reference.network().params());
        return learner;
    }
}
