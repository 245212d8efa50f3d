package org.cyberselfplay.train.league;

import java.util.List;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.league.eval.MatchRunner;
import org.cyberselfplay.league.payoff.PayoffCell;

/**
 * The matches that fill payoff cells: {@code sims_per_entry} seeded episodes of one Blue policy against one Red
 * policy on the league's {@link MatchRunner}, so the result depends on the seed only, never on the thread count.
 */
final class Matches {
    private final Scenario scenario;
    private final MatchRunner runner;
    private final int episodes;
    private long played;

    Matches(Scenario scenario, MatchRunner runner, int episodes) {
        this.scenario = scenario;
        this.runner = runner;
        this.episodes = episodes;
    }

    /** Blue's wins, episodes and return sums over the episodes of {@code seed}. */
    PayoffCell play(Policy blue, Policy red, long seed) {
        List<EpisodeMetrics> results = runner.play(scenario, blue, red, seed, episodes);
        played += results.size();
        double wins = 0;
        double sum = 0;
        double sq = 0;
        for (EpisodeMetrics m : results) {
            wins += m.blueWon() ? 1 : 0;
            sum += m.blueReturn();
            sq += m.blueReturn() * m.blueReturn();
        }
        return new PayoffCell(wins, results.size(), sum, sq);
    }

    /** Episodes played by this instance so far. */
    long played() {
        return played;
    }
}
