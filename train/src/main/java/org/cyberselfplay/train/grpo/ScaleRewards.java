package org.cyberselfplay.train.grpo;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How group-centred rewards are scaled into advantages (TRL's {@code scale_rewards}).
 *
 * <p>{@link #GROUP}: divided by the group's standard deviation plus eps (the original GRPO);
 * {@link #BATCH}: by the whole batch's standard deviation plus eps; {@link #NONE}: not divided (Dr. GRPO,
 * Liu et al. 2025, argues the group std biases learning towards too easy and too hard groups).
 */
public enum ScaleRewards {
    /** {@code group}: the standard deviation of the group (DeepSeekMath 2024). */
    GROUP("group"),
    /** {@code batch}: the standard deviation of the whole batch. */
    BATCH("batch"),
    /** {@code none}: nothing: advantages are centred rewards only (Dr. GRPO, Liu et al. 2025). */
    NONE("none");

    private final String wireName;

    ScaleRewards(String wireName) {
        this.wireName = wireName;
    }

    /** The config value, e.g. {@code group}. */
    public String wireName() {
        return wireName;
    }

    /**
     * The mode of a config value.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code name} is none of them
     */
    public static ScaleRewards fromWire(String name) {
        for (ScaleRewards s : values()) {
            if (s.wireName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("scale_rewards must be one of " + accepted() + ", got " + name);
    }

    /** The accepted config values, comma-separated. */
    public static String accepted() {
        return Arrays.stream(values()).map(ScaleRewards::wireName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
