package org.cyberselfplay.train.config;

import org.cyberselfplay.env.config.Bounds;

/**
 * The {@code grpo.lr_schedule} section: the learning rate of optimiser step {@code s} (counted from 0 over
 * {@code grpo.updates x grpo.num_iterations} steps) is the configured rate times {@link #multiplier}.
 *
 * @param type          {@code type}: the shape after warm-up (default {@code constant})
 * @param warmupSteps   {@code warmup_steps}: steps of linear warm-up, {@code >= 0} and at most the number of
 *                      optimiser steps (default 0)
 * @param finalFraction {@code final_fraction}: the share of the rate that linear and cosine decay reach at the
 *                      end, in [0, 1] (default 0)
 */
public record LrSchedule(ScheduleType type, int warmupSteps, double finalFraction) {
    /** Accepted final fractions. */
    public static final Bounds FINAL_FRACTION = Bounds.UNIT;

    public LrSchedule {
        if (type == null) {
            throw new IllegalArgumentException("type: must be one of " + String.join(", ", ScheduleType.wireNames()));
        }
        Checks.in("warmup_steps", warmupSteps, Bounds.NON_NEGATIVE);
        Checks.in("final_fraction", finalFraction, FINAL_FRACTION);
    }

    /** The defaults listed above: a constant rate. */
    public static LrSchedule defaults() {
        return new LrSchedule(ScheduleType.CONSTANT, 0, 0.0);
    }

    /**
     * The factor of step {@code step} of {@code totalSteps}: {@code (step + 1) / warmup_steps} during warm-up,
     * then, with {@code t = (step - warmup_steps) / (totalSteps - warmup_steps)} in [0, 1), 1 for
     * {@code constant}, {@code 1 - (1 - f) t} for {@code linear} and {@code f + (1 - f)(1 + cos(pi t)) / 2} for
     * {@code cosine}, {@code f} being {@code final_fraction}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= step < totalSteps}
     */
    public double multiplier(int step, int totalSteps) {
        if (step < 0 || step >= totalSteps) {
            throw new IllegalArgumentException("step must be in [0, " + totalSteps + "), got " + step);
        }
        if (step < warmupSteps) {
            return (step + 1.0) / warmupSteps;
        }
        double t = (double) (step - warmupSteps) / (totalSteps - warmupSteps);
        return switch (type) {
            case CONSTANT -> 1.0;
            case LINEAR -> 1.0 - (1.0 - finalFraction) * t;
            case COSINE -> finalFraction + (1.0 - finalFraction) * 0.5 * (1.0 + Math.cos(Math.PI * t));
        };
    }
}
