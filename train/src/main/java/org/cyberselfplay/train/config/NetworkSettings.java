package org.cyberselfplay.train.config;

import java.util.List;
import org.cyberselfplay.agents.features.FeatureLayout;
import org.cyberselfplay.agents.neural.NetworkConfig;
import org.cyberselfplay.env.config.Bounds;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * The {@code network} section: the policy network's shape and Adam settings ({@link NetworkConfig}) and the
 * number of host slots of its input ({@link FeatureLayout}). Defaults are those of
 * {@link NetworkConfig#defaults(long)} and {@link FeatureLayout#defaults()}.
 *
 * @param hiddenSizes  {@code hidden_sizes}: widths of the hidden layers, each {@code >= 1}; may be empty
 *                     (default {@code [128, 128]})
 * @param activation   {@code activation}: one of {@link #activations()} (default {@code relu})
 * @param learningRate {@code learning_rate}: Adam step size, {@code > 0} (default {@code 3e-4}); the default
 *                     of {@code sft.learning_rate} and {@code grpo.learning_rate}
 * @param adamBeta1    {@code adam_beta1}: in [0, 1) (default 0.9)
 * @param adamBeta2    {@code adam_beta2}: in [0, 1) (default 0.999)
 * @param adamEpsilon  {@code adam_epsilon}: {@code > 0} (default {@code 1e-8})
 * @param maxHosts     {@code max_hosts}: host slots, in [1, {@value Scenario#MAX_HOSTS}] and at least the host
 *                     count of every scenario trained on (default {@value FeatureLayout#DEFAULT_MAX_HOSTS})
 */
public record NetworkSettings(List<Integer> hiddenSizes, String activation, double learningRate, double adamBeta1,
                              double adamBeta2, double adamEpsilon, int maxHosts) {
    /** Accepted Adam betas: [0, 1). */
    public static final Bounds ADAM_BETA = new Bounds(0, true, 1, false);
    /** Accepted host slot counts. */
    public static final Bounds MAX_HOSTS = Bounds.closed(1, Scenario.MAX_HOSTS);

    /**
     * Checks every field through {@link NetworkConfig} and {@link FeatureLayout}, and copies the list.
     *
     * @throws IllegalArgumentException naming the fields that are out of range
     */
    public NetworkSettings {
        hiddenSizes = List.copyOf(Checks.noNulls("hidden_sizes", hiddenSizes));
        new NetworkConfig(hiddenSizes, activation, learningRate, adamBeta1, adamBeta2, adamEpsilon, 0L);
        new FeatureLayout(maxHosts);
    }

    /** The defaults listed above. */
    public static NetworkSettings defaults() {
        NetworkConfig n = NetworkConfig.defaults(0L);
        return new NetworkSettings(n.hiddenSizes(), n.activation(), n.learningRate(), n.adamBeta1(), n.adamBeta2(),
                n.adamEpsilon(), FeatureLayout.DEFAULT_MAX_HOSTS);
    }

    /** The accepted activation names, sorted. */
    public static List<String> activations() {
        return NetworkConfig.ACTIVATIONS.keySet().stream().sorted().toList();
    }

    /** The network config with this section's learning rate and the given initialisation seed. */
    public NetworkConfig toNetworkConfig(long seed) {
        return toNetworkConfig(seed, learningRate);
    }

    /** The network config with another learning rate (a phase's own) and the given initialisation seed. */
    public NetworkConfig toNetworkConfig(long seed, double phaseLearningRate) {
        return new NetworkConfig(hiddenSizes, activation, phaseLearningRate, adamBeta1, adamBeta2, adamEpsilon, seed);
    }

    /** The feature layout with {@link #maxHosts()} host slots. */
    public FeatureLayout featureLayout() {
        return new FeatureLayout(maxHosts);
    }
}
