package org.cyberselfplay.train.trainer;

import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.agents.neural.NetworkConfig;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.train.config.TrainConfig;
import org.cyberselfplay.train.run.RunDirectory;

/** The networks of a run, built the same way by a fresh start and a resume. */
final class Learners {
    private Learners() {
    }

    /** A new network from the run's policy seed, at learning rate {@code learningRate}. */
    static NeuralPolicy initial(Session s, double learningRate, String name) {
        TrainConfig c = s.config;
        NetworkConfig nc = c.network().toNetworkConfig(s.seeds.policy(), learningRate);
        return NeuralPolicy.create(s.scenario, c.learner(), c.network().featureLayout(), nc).withName(name);
    }

    /** The frozen reference: the SFT policy, or the initial network when SFT is off. */
    static NeuralPolicy reference(Session s) {
        if (s.config.sft().enabled()) {
            return Checkpoints.load(s.dir.checkpoint(RunDirectory.SFT_CHECKPOINT), s.scenario, s.config.learner())
                    .withName("reference");
        }
        return initial(s, s.config.network().learningRate(), "reference");
    }

    /**
     * GRPO's starting learner: the reference's weights in a network of its own with a fresh optimizer (Adam
     * moments 0, iteration 0, so the learning-rate schedule starts at step 0) at {@code grpo.learning_rate}.
     */
    static NeuralPolicy grpoStart(Session s, NeuralPolicy reference) {
        NeuralPolicy learner = initial(s, s.config.grpo().learningRate(), "learner");
        learner.network().setParams(reference.network().params());
        return learner;
    }

    /** The learner saved in a checkpoint of this run, with its optimizer state. */
    static NeuralPolicy load(Session s, String checkpoint) {
        return Checkpoints.load(s.dir.checkpoint(checkpoint), s.scenario, s.config.learner()).withName("learner");
    }
}
