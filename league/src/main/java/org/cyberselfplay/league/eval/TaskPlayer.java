package org.cyberselfplay.league.eval;

import java.util.ArrayList;
import java.util.List;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.scenario.Scenario;

/** Plays one {@link MatchTask} on the calling thread, block by block. */
public final class TaskPlayer {
    private TaskPlayer() {
    }

    /**
     * Plays {@code task} with {@code blue} and {@code red}, which the caller does not use concurrently elsewhere.
     *
     * @throws IllegalStateException when a policy chooses an illegal action
     */
    public static MatchResult play(Scenario scenario, Policy blue, Policy red, MatchTask task) {
        EpisodeSeeds seeds = EpisodeSeeds.of(task.seed(), task.to());
        long[] blueTools = new long[Tool.values().length];
        long[] redTools = new long[Tool.values().length];
        List<EpisodeMetrics> out = new ArrayList<>(task.episodes());
        for (int from = task.from(); from < task.to(); from += task.batch()) {
            out.addAll(VectorMatch.play(scenario, blue, red, seeds, from, Math.min(task.to(), from + task.batch()),
                    blueTools, redTools));
        }
        return MatchResult.of(task.from(), out, blueTools, redTools);
    }
}
