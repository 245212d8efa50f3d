package org.cyberselfplay.train.config;

import java.util.List;
import org.cyberselfplay.env.config.Bounds;

/**
 * The {@code eval} section: periodic evaluation of the learner against fixed opponents, logged as
 * {@code eval/win_rate/<opponent>}.
 *
 * @param every          {@code every}: GRPO updates between evaluations, {@code >= 1}; the final policy is
 *                       evaluated too (default 10)
 * @param episodes       {@code episodes}: seeded episodes per opponent, {@code >= 1} (default 100)
 * @param opponents      {@code opponents}: policy specs of the side opposite the learner, at least one, no
 *                       repeats; {@code all} in YAML stands for {@link TrainConfig#allOpponents} (the default)
 * @param recordEpisodes {@code record_episodes}: evaluation episodes per checkpoint written turn by turn to
 *                       {@code episodes/*.jsonl}, {@code >= 0} (default 2)
 */
public record EvalConfig(int every, int episodes, List<String> opponents, int recordEpisodes) {
    /** Default {@code every}. */
    public static final int DEFAULT_EVERY = 10;
    /** Default {@code episodes}. */
    public static final int DEFAULT_EPISODES = 100;
    /** Default {@code record_episodes}. */
    public static final int DEFAULT_RECORD_EPISODES = 2;
    /** The YAML value that stands for every built-in opponent. */
    public static final String ALL = "all";

    public EvalConfig {
        Checks.in("every", every, Bounds.POSITIVE);
        Checks.in("episodes", episodes, Bounds.POSITIVE);
        opponents = List.copyOf(Checks.noNulls("opponents", opponents));
        if (opponents.isEmpty()) {
            throw new IllegalArgumentException("opponents: must list at least one policy");
        }
        opponents.forEach(o -> Checks.notBlank("opponents", o));
        Checks.in("record_episodes", recordEpisodes, Bounds.NON_NEGATIVE);
    }
}
