package org.cyberselfplay.train.config;

import java.util.Arrays;
import java.util.List;

/** What GRPO divides a group's centred rewards by. Wire names are the YAML values. */
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

    /** The name used in YAML. */
    public String wireName() {
        return wireName;
    }

    /** Every wire name, in declaration order. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(ScaleRewards::wireName).toList();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
