package org.cyberselfplay.train.sim;

import java.util.SplittableRandom;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.game.GameEnv;

/** One episode of uniformly random legal Blue against uniformly random legal Red. */
public final class RandomMatch {
    private RandomMatch() {
    }

    /**
     * Resets {@code env} with {@code envSeed} and plays it to the end, both sides drawing a uniformly random
     * legal action from {@code policy} (one draw sequence shared by the two sides, in turn order).
     *
     * @param env     the env to reset and play; left terminal
     * @param envSeed the env's reset seed (its own randomness: exploit rolls, alerts, playbook)
     * @param policy  the caller's RNG for both sides' action choices; advanced by the episode
     * @return the finished episode's metrics
     * @throws IllegalStateException if the env fails to end within its horizon (a rules defect)
     */
    public static EpisodeMetrics play(GameEnv env, long envSeed, SplittableRandom policy) {
        env.resetFast(envSeed);
        // Two actions per turn; anything beyond the horizon means the env never ends.
        long limit = 2L * env.scenario().maxTurns() + 2;
        long actions = 0;
        while (!env.isTerminal()) {
            if (actions++ >= limit) {
                throw new IllegalStateException("scenario " + env.scenario().name() + " did not end within "
                        + env.scenario().maxTurns() + " turns (env seed " + envSeed + ")");
            }
            env.stepRandom(policy);
        }
        return env.metrics();
    }
}
