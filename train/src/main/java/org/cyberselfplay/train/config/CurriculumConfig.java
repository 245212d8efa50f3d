package org.cyberselfplay.train.config;

import java.util.List;
import org.cyberselfplay.env.config.Bounds;

/**
 * The {@code curriculum} section: GRPO starts on the first scenario and moves to the next once the learner's
 * rolling win rate (an exponential moving average over finished training episodes; Blue's win rate for the
 * usual Blue learner) reaches that step's threshold after at least {@code min_episodes} episodes on the
 * current scenario. Logged as {@code train/curriculum/*}.
 *
 * @param enabled     {@code enabled}: whether GRPO follows the curriculum instead of {@code scenario}
 *                    (default false)
 * @param scenarios   {@code scenarios}: preset names or scenario paths, easiest first, at least one
 *                    (default {@code [small, medium, large]})
 * @param thresholds  {@code thresholds}: one win rate in [0, 1] per step, so one fewer than {@code scenarios}
 *                    (default {@value #DEFAULT_THRESHOLD} for every step)
 * @param minEpisodes {@code min_episodes}: episodes on a scenario before moving on, {@code >= 1} (default 200)
 * @param ema         {@code ema}: weight of the newest episode in the moving average, in (0, 1] (default 0.05)
 */
public record CurriculumConfig(boolean enabled, List<String> scenarios, List<Double> thresholds, int minEpisodes,
                               double ema) {
    /** The threshold of every step when {@code thresholds} is not set. */
    public static final double DEFAULT_THRESHOLD = 0.6;
    /** Accepted thresholds. */
    public static final Bounds THRESHOLD = Bounds.UNIT;
    /** Accepted minimum episode counts. */
    public static final Bounds MIN_EPISODES = Bounds.atLeast(1);
    /** Accepted moving-average weights. */
    public static final Bounds EMA = new Bounds(0, false, 1, true);

    public CurriculumConfig {
        scenarios = List.copyOf(Checks.noNulls("scenarios", scenarios));
        thresholds = List.copyOf(Checks.noNulls("thresholds", thresholds));
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("scenarios: must list at least one scenario");
        }
        scenarios.forEach(s -> Checks.notBlank("scenarios", s));
        if (thresholds.size() != scenarios.size() - 1) {
            throw new IllegalArgumentException("thresholds: expected " + (scenarios.size() - 1) + " values, got "
                    + thresholds.size());
        }
        thresholds.forEach(t -> Checks.in("thresholds", t, THRESHOLD));
        Checks.in("min_episodes", minEpisodes, MIN_EPISODES);
        Checks.in("ema", ema, EMA);
    }

    /** The defaults listed above. */
    public static CurriculumConfig defaults() {
        return new CurriculumConfig(false, List.of("small", "medium", "large"),
                List.of(DEFAULT_THRESHOLD, DEFAULT_THRESHOLD), 200, 0.05);
    }

    /** Number of stages (scenarios). */
    public int stages() {
        return scenarios.size();
    }
}
