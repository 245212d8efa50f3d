package org.cyberselfplay.train.league;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;
import java.util.function.Function;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.league.eval.JobPolicy;
import org.cyberselfplay.league.eval.MatchOutcome;
import org.cyberselfplay.league.eval.MatchRunner;
import org.cyberselfplay.league.eval.Matchup;
import org.cyberselfplay.league.eval.ScenarioSource;
import org.cyberselfplay.league.payoff.PayoffCell;

/**
 * The matches that fill payoff cells: {@code sims_per_entry} seeded episodes of one Blue policy against one Red
 * policy on the league's {@link MatchRunner}, so the result depends on the seed only, never on the thread count or
 * the executor. The cells of a round's row or column are played as one job, so an executor on a cluster ships the
 * round's policies once.
 */
final class Matches {
    private final ScenarioSource scenario;
    private final MatchRunner runner;
    private final int episodes;
    private final Function<Policy, JobPolicy> jobs;
    private long played;

    /**
     * @param jobs the portable form of each policy played (see {@link LeaguePolicies#job})
     */
    Matches(ScenarioSource scenario, MatchRunner runner, int episodes, Function<Policy, JobPolicy> jobs) {
        this.scenario = scenario;
        this.runner = runner;
        this.episodes = episodes;
        this.jobs = jobs;
    }

    /** Blue's wins, episodes and return sums over the episodes of {@code seed}. */
    PayoffCell play(Policy blue, Policy red, long seed) {
        return against(0, blue, List.of(red), j -> seed).get(0);
    }

    /** One cell per Red policy, {@code j} played with seed {@code seeds(j)}: a row of the payoff table. */
    List<PayoffCell> against(int round, Policy blue, List<Policy> reds, IntToLongFunction seeds) {
        List<Matchup> m = new ArrayList<>(reds.size());
        JobPolicy b = jobs.apply(blue);
        for (int j = 0; j < reds.size(); j++) {
            m.add(new Matchup(blue.name() + " vs " + reds.get(j).name(), b, jobs.apply(reds.get(j)),
                    seeds.applyAsLong(j), episodes));
        }
        return cells(round, m);
    }

    /** One cell per Blue policy, each played with {@code seed}: a column of the payoff table. */
    List<PayoffCell> column(int round, List<Policy> blues, Policy red, long seed) {
        List<Matchup> m = new ArrayList<>(blues.size());
        JobPolicy r = jobs.apply(red);
        for (Policy blue : blues) {
            m.add(new Matchup(blue.name() + " vs " + red.name(), jobs.apply(blue), r, seed, episodes));
        }
        return cells(round, m);
    }

    private List<PayoffCell> cells(int round, List<Matchup> matchups) {
        List<PayoffCell> out = new ArrayList<>(matchups.size());
        for (MatchOutcome o : runner.play(round, scenario, matchups)) {
            out.add(cell(o.episodes()));
        }
        return out;
    }

    private PayoffCell cell(List<EpisodeMetrics> results) {
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
