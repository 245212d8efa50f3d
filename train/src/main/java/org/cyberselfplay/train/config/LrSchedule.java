package org.cyberselfplay.train.config;

import java.util.Optional;
import org.cyberselfplay.env.config.Bounds;

/**
 * The {@code grpo.lr_schedule} section: over the run's
 * {@code grpo.updates x grpo.num_iterations x grpo.steps_per_generation} optimiser steps, a linear warm-up to
 * {@code grpo.learning_rate}, then that rate held ({@code constant}) or decayed ({@code linear}, {@code cosine})
 * to {@code final_fraction} of it by the last step (the schedules of HF {@code transformers}'
 * {@code get_*_schedule_with_warmup}; the math lives in the GRPO trainer).
 *
 * @param type          {@code type}: the shape after warm-up (default {@code constant})
 * @param warmupSteps   {@code warmup_steps}: steps of linear warm-up, {@code >= 0}; at most the number of
 *                      optimiser steps, and fewer for a decay, which needs steps left to decay over (default 0)
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
     * Why {@code warmupSteps} does not fit a run of {@code optimizerSteps} steps: a warm-up may fill the run
     * only when the rate is constant afterwards. Empty when it fits.
     */
    static Optional<String> warmupProblem(ScheduleType type, int warmupSteps, int optimizerSteps) {
        String steps = "grpo.updates x grpo.num_iterations x grpo.steps_per_generation (" + optimizerSteps + ")";
        if (type == ScheduleType.CONSTANT && warmupSteps > optimizerSteps) {
            return Optional.of("must be <= " + steps + ", got " + warmupSteps);
        }
        if (type != ScheduleType.CONSTANT && warmupSteps >= optimizerSteps) {
            return Optional.of("must be < " + steps + " for a " + type + " decay, got " + warmupSteps);
        }
        return Optional.empty();
    }
}
