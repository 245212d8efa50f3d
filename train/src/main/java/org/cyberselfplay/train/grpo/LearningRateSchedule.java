package org.cyberselfplay.train.grpo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The learning rate as a pure function of the update step: linear warmup, then constant, linear decay or cosine
 * decay to a floor (the schedules of HF {@code transformers}' {@code get_*_schedule_with_warmup}, with a floor).
 *
 * <p>Steps count optimizer updates from 0. During warmup ({@code step < warmupSteps}) the rate is
 * {@code base * (step + 1) / warmupSteps}, so the first update is not wasted at rate 0 and step
 * {@code warmupSteps - 1} reaches {@code base}. After it, with
 * {@code progress = (step - warmupSteps) / (totalSteps - warmupSteps)} clamped to [0, 1]:
 * constant gives {@code base}; linear gives {@code floor + (base - floor) (1 - progress)}; cosine gives
 * {@code floor + (base - floor) (1 + cos(pi progress)) / 2}. From {@code totalSteps} on the decays stay at
 * {@code floor}.
 *
 * @param kind        the shape after warmup
 * @param base        the peak rate, {@code > 0}
 * @param floor       the final rate of the decays, in [0, base]; unused by constant
 * @param warmupSteps steps of linear warmup, {@code >= 0}
 * @param totalSteps  the step at which the decays reach {@code floor}, {@code > warmupSteps} for the decays
 */
public record LearningRateSchedule(Kind kind, double base, double floor, int warmupSteps, int totalSteps) {
    /** The shape after warmup, with its config name. */
    public enum Kind {
        CONSTANT("constant"),
        LINEAR("linear"),
        COSINE("cosine");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        /** The config value, e.g. {@code cosine}. */
        public String wireName() {
            return wireName;
        }

        /**
         * The kind of a config value.
         *
         * @throws IllegalArgumentException naming the accepted values
         */
        public static Kind fromWire(String name) {
            for (Kind k : values()) {
                if (k.wireName.equals(name)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("lr_schedule must be one of " + Arrays.stream(values())
                    .map(Kind::wireName).collect(Collectors.joining(", ")) + ", got " + name);
        }

        @Override
        public String toString() {
            return wireName;
        }
    }

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException listing every problem
     */
    public LearningRateSchedule {
        List<String> problems = new ArrayList<>();
        if (kind == null) {
            problems.add("kind: must be one of constant, linear, cosine, got null");
        }
        if (!(base > 0) || !Double.isFinite(base)) {
            problems.add("learning_rate: must be > 0, got " + base);
        }
        if (!(floor >= 0 && floor <= base)) {
            problems.add("min_learning_rate: must be in [0, learning_rate], got " + floor);
        }
        if (warmupSteps < 0) {
            problems.add("warmup_steps: must be >= 0, got " + warmupSteps);
        }
        if (kind != null && kind != Kind.CONSTANT && totalSteps <= warmupSteps) {
            problems.add("total_steps: must be > warmup_steps (" + warmupSteps + ") for a " + kind
                    + " decay, got " + totalSteps);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid learning-rate schedule: " + String.join("; ", problems));
        }
    }

    /** A constant rate, no warmup. */
    public static LearningRateSchedule constant(double rate) {
        return new LearningRateSchedule(Kind.CONSTANT, rate, rate, 0, 0);
    }

    /**
     * The rate of update {@code step}.
     *
     * @throws IllegalArgumentException when {@code step < 0}
     */
    public double at(long step) {
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, got " + step);
        }
        if (step < warmupSteps) {
            return base * (step + 1) / warmupSteps;
        }
        if (kind == Kind.CONSTANT) {
            return base;
        }
        double progress = Math.min(1.0, (double) (step - warmupSteps) / (totalSteps - warmupSteps));
        double shape = kind == Kind.LINEAR ? 1.0 - progress : 0.5 * (1.0 + Math.cos(Math.PI * progress));
        // A convex combination, so progress 0 gives base and progress 1 gives floor exactly.
        return base * shape + floor * (1.0 - shape);
    }
}
