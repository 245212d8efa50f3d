package org.cyberselfplay.agents;

import java.util.List;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.features.ActionCodec;
import org.cyberselfplay.agents.features.FeatureLayout;
import org.cyberselfplay.env.obs.Observation;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * A policy with a differentiable action distribution over the padded {@link ActionCodec} layout, for trainers.
 *
 * <p>Every observation passed in must be this side's, in the scenario the policy is bound to, with at least
 * one legal action; otherwise {@link IllegalArgumentException}. Not thread-safe: use {@link #forThread()}.
 */
public interface LearnablePolicy extends Policy {

    /** The feature layout of the network's input. */
    FeatureLayout layout();

    /** The action layout of the network's output. */
    ActionCodec codec();

    /**
     * Masked action probabilities in codec layout, one row per observation, from one batched forward pass.
     * Rows sum to 1 (within float rounding); illegal and padded indices are exactly 0.
     */
    float[][] probabilities(List<Observation> observations);

    /**
     * Log-probability of the action at {@code codecIndex}, computed in double precision.
     *
     * @throws IllegalArgumentException when that action is not legal in the observation
     */
    double logProbability(Observation observation, int codecIndex);

    /** Entropy in nats of the masked action distribution; in [0, log(number of legal actions)]. */
    double entropy(Observation observation);

    /**
     * Chooses one codec index per observation (one batched forward pass), consuming exactly one
     * {@code nextDouble()} of the matching RNG per decision; {@code codec().toAction(i)} is the action that
     * {@link #actBatch} would return.
     */
    int[] chooseBatch(List<Observation> observations, List<SplittableRandom> rngs);

    /** The underlying network, shared, for a trainer to update in place; not thread-safe. */
    MultiLayerNetwork network();

    /** A copy with its own network (weights and updater state cloned), for use on another thread. */
    @Override
    LearnablePolicy forThread();
}
