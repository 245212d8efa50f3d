package org.cyberselfplay.train.config;

import java.util.Arrays;
import java.util.List;

/** Shape of the GRPO learning-rate schedule after its warm-up. Wire names are the YAML values. */
public enum ScheduleType {
    /** {@code constant}: the full learning rate throughout. */
    CONSTANT("constant"),
    /** {@code linear}: linear decay from the full rate to {@code final_fraction} of it. */
    LINEAR("linear"),
    /** {@code cosine}: half-cosine decay from the full rate to {@code final_fraction} of it. */
    COSINE("cosine");

    private final String wireName;

    ScheduleType(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in YAML. */
    public String wireName() {
        return wireName;
    }

    /** Every wire name, in declaration order. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(ScheduleType::wireName).toList();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
