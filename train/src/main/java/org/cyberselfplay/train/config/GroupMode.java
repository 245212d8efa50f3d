package org.cyberselfplay.train.config;

import java.util.Arrays;
import java.util.List;

/** How GRPO forms a group of G samples that share a start. Wire names are the YAML values. */
public enum GroupMode {
    /**
     * {@code episode}: G whole episodes from the same seed and opponent; every step of an episode gets the
     * episode's outcome advantage.
     */
    EPISODE("episode"),
    /**
     * {@code state}: G actions branched with {@code copy()} from one mid-episode state, each scored by a
     * rollout of {@code grpo.horizon} turns.
     */
    STATE("state");

    private final String wireName;

    GroupMode(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in YAML. */
    public String wireName() {
        return wireName;
    }

    /** Every wire name, in declaration order. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(GroupMode::wireName).toList();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
