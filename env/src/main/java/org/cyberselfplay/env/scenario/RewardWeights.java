package org.cyberselfplay.env.scenario;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.cyberselfplay.env.RewardComponent;

/**
 * The weight of every reward component (YAML section {@code reward}); immutable.
 * Components the YAML leaves out keep their {@linkplain RewardComponent#defaultWeight() defaults}.
 */
public final class RewardWeights {
    private final double[] weights;

    private RewardWeights(double[] weights) {
        this.weights = weights;
    }

    /** The original's default weights. */
    public static RewardWeights defaults() {
        return of(Map.of());
    }

    /** Defaults overridden by the given entries. */
    public static RewardWeights of(Map<RewardComponent, Double> overrides) {
        double[] w = new double[RewardComponent.COUNT];
        for (RewardComponent c : RewardComponent.values()) {
            w[c.ordinal()] = overrides.getOrDefault(c, c.defaultWeight());
            if (!Double.isFinite(w[c.ordinal()])) {
                throw new IllegalArgumentException("reward." + c.side() + "." + c + " must be finite");
            }
        }
        return new RewardWeights(w);
    }

    /** Weight of one component. */
    public double weight(RewardComponent component) {
        return weights[component.ordinal()];
    }

    /** All weights as a map, in component order. */
    public Map<RewardComponent, Double> asMap() {
        EnumMap<RewardComponent, Double> m = new EnumMap<>(RewardComponent.class);
        for (RewardComponent c : RewardComponent.values()) {
            m.put(c, weights[c.ordinal()]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RewardWeights other && Arrays.equals(weights, other.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "RewardWeights" + asMap();
    }
}
