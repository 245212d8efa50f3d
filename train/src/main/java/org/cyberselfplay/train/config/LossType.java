package org.cyberselfplay.train.config;

import java.util.Arrays;
import java.util.List;

/** How the GRPO loss averages over tokens (here: steps). Wire names are the YAML values. */
public enum LossType {
    /** {@code grpo}: per-sample mean over its steps, then the mean over samples (DeepSeekMath 2024). */
    GRPO("grpo"),
    /**
     * {@code dr_grpo}: sum over all steps divided by a fixed normaliser (samples x the scenario's turn limit)
     * rather than each sample's length, which removes the length bias (Dr. GRPO, Liu et al. 2025).
     */
    DR_GRPO("dr_grpo");

    private final String wireName;

    LossType(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in YAML. */
    public String wireName() {
        return wireName;
    }

    /** Every wire name, in declaration order. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(LossType::wireName).toList();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
