package org.cyberselfplay.train.grpo;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How per-decision losses are aggregated into the batch loss (TRL's {@code loss_type}).
 *
 * <p>{@link #GRPO}: the mean over each sequence's decisions, then the mean over sequences (Shao et al. 2024);
 * a decision of a sequence of {@code n} decisions weighs {@code 1 / (S n)}. {@link #DR_GRPO} (Dr. GRPO, Liu et
 * al. 2025, "Understanding R1-Zero-Like Training: A Critical Perspective"): the sum over all decisions divided
 * by the constant {@code S * maxDecisionsPerSequence}, so long sequences are not down-weighted per decision.
 */
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

    /** The config value, e.g. {@code dr_grpo}. */
    public String wireName() {
        return wireName;
    }

    /**
     * The loss type of a config value.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code name} is none of them
     */
    public static LossType fromWire(String name) {
        for (LossType s : values()) {
            if (s.wireName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("loss_type must be one of " + accepted() + ", got " + name);
    }

    /** The accepted config values, comma-separated. */
    public static String accepted() {
        return Arrays.stream(values()).map(LossType::wireName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
