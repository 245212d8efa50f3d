package org.cyberselfplay.agents.neural;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.activations.Activation;

/**
 * Shape and optimiser settings of a policy network: dense hidden layers with one activation, then a linear
 * output layer of logits. The Adam settings are stored with the network for training; inference ignores them.
 *
 * @param hiddenSizes  widths of the hidden layers, each {@code >= 1}; may be empty (a linear policy)
 * @param activation   hidden activation, one of {@code relu}, {@code tanh}, {@code elu}, {@code leakyrelu}
 * @param learningRate Adam step size, {@code > 0}
 * @param adamBeta1    Adam first-moment decay, in [0, 1)
 * @param adamBeta2    Adam second-moment decay, in [0, 1)
 * @param adamEpsilon  Adam denominator guard, {@code > 0}
 * @param seed         seed of the weight initialisation
 */
public record NetworkConfig(@JsonProperty("hidden_sizes") List<Integer> hiddenSizes,
                            @JsonProperty("activation") String activation,
                            @JsonProperty("learning_rate") double learningRate,
                            @JsonProperty("adam_beta1") double adamBeta1,
                            @JsonProperty("adam_beta2") double adamBeta2,
                            @JsonProperty("adam_epsilon") double adamEpsilon,
                            @JsonProperty("seed") long seed) {
    /** The accepted activation names and their DL4J activations. */
    public static final Map<String, Activation> ACTIVATIONS = Map.of("relu", Activation.RELU, "tanh", Activation.TANH,
            "elu", Activation.ELU, "leakyrelu", Activation.LEAKYRELU);
    private static final List<String> ACTIVATION_NAMES = List.of("relu", "tanh", "elu", "leakyrelu");

    /**
     * Validates every field and copies the list.
     *
     * @throws IllegalArgumentException listing every problem as {@code field: what is accepted, got value}
     */
    public NetworkConfig {
        List<String> problems = new ArrayList<>();
        if (hiddenSizes == null) {
            problems.add("hidden_sizes: must be a list of layer widths, got null");
            hiddenSizes = List.of();
        }
        for (int i = 0; i < hiddenSizes.size(); i++) {
            Integer w = hiddenSizes.get(i);
            if (w == null || w < 1) {
                problems.add("hidden_sizes[" + i + "]: must be >= 1, got " + w);
            }
        }
        if (activation == null || !ACTIVATIONS.containsKey(activation)) {
            problems.add("activation: must be one of " + String.join(", ", ACTIVATION_NAMES) + ", got " + activation);
        }
        check(problems, "learning_rate", learningRate, learningRate > 0 && Double.isFinite(learningRate), "> 0");
        check(problems, "adam_beta1", adamBeta1, adamBeta1 >= 0 && adamBeta1 < 1, "in [0, 1)");
        check(problems, "adam_beta2", adamBeta2, adamBeta2 >= 0 && adamBeta2 < 1, "in [0, 1)");
        check(problems, "adam_epsilon", adamEpsilon, adamEpsilon > 0 && Double.isFinite(adamEpsilon), "> 0");
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid network config: " + String.join("; ", problems));
        }
        hiddenSizes = List.copyOf(hiddenSizes);
    }

    /** Two hidden layers of 128 ReLU units; Adam with learning rate 3e-4, betas 0.9 / 0.999, epsilon 1e-8. */
    public static NetworkConfig defaults(long seed) {
        return new NetworkConfig(List.of(128, 128), "relu", 3e-4, 0.9, 0.999, 1e-8, seed);
    }

    /** The same config with another seed. */
    public NetworkConfig withSeed(long newSeed) {
        return new NetworkConfig(hiddenSizes, activation, learningRate, adamBeta1, adamBeta2, adamEpsilon, newSeed);
    }

    /** The DL4J activation of the hidden layers. */
    public Activation dl4jActivation() {
        return ACTIVATIONS.get(activation);
    }

    private static void check(List<String> problems, String field, double value, boolean ok, String accepted) {
        if (!ok) {
            problems.add(field + ": must be " + accepted + ", got " + String.format(Locale.ROOT, "%s", value));
        }
    }
}
