package org.cyberselfplay.league.eval;

import java.util.List;
import java.util.OptionalDouble;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.league.stats.MeanInterval;
import org.cyberselfplay.league.stats.WilsonInterval;

/**
 * One Blue policy against one opponent over seeded episodes, with honest intervals.
 *
 * @param blue                  the Blue policy's name
 * @param opponent              the Red policy's name
 * @param episodes              episodes played
 * @param blueWins              episodes Blue won
 * @param winRate               Blue's win rate with its 95 % Wilson interval
 * @param blueReturn            Blue's mean return with its 95 % interval
 * @param redReturn             Red's mean return with its 95 % interval
 * @param exfilRate             share of episodes with exfiltration
 * @param mttd                  mean MTTD over the episodes where it is defined (empty if none)
 * @param mttr                  mean MTTR over the episodes where it is defined (empty if none)
 * @param instructionCompletion mean instruction completion rate
 * @param instructionViolation  mean instruction violation rate
 * @param falsePositiveCost     mean false-positive cost
 * @param meanSteps             mean episode length in turns
 */
public record MatchupSummary(String blue, String opponent, int episodes, int blueWins, WilsonInterval winRate,
                             MeanInterval blueReturn, MeanInterval redReturn, double exfilRate, OptionalDouble mttd,
                             OptionalDouble mttr, double instructionCompletion, double instructionViolation,
                             double falsePositiveCost, double meanSteps) {

    /** Summarizes the episodes of one matchup. */
    public static MatchupSummary of(String blue, String opponent, List<EpisodeMetrics> results) {
        int n = results.size();
        if (n == 0) {
            throw new IllegalArgumentException("no episodes to summarize for " + blue + " vs " + opponent);
        }
        int wins = (int) results.stream().filter(EpisodeMetrics::blueWon).count();
        return new MatchupSummary(blue, opponent, n, wins, WilsonInterval.of(wins, n),
                MeanInterval.of(results.stream().mapToDouble(EpisodeMetrics::blueReturn).toArray()),
                MeanInterval.of(results.stream().mapToDouble(EpisodeMetrics::redReturn).toArray()),
                results.stream().filter(EpisodeMetrics::exfiltrated).count() / (double) n,
                results.stream().filter(m -> m.mttdTurns() >= 0).mapToInt(EpisodeMetrics::mttdTurns).average(),
                results.stream().filter(m -> m.mttrTurns() >= 0).mapToInt(EpisodeMetrics::mttrTurns).average(),
                results.stream().mapToDouble(EpisodeMetrics::instructionCompletionRate).average().orElseThrow(),
                results.stream().mapToDouble(EpisodeMetrics::instructionViolationRate).average().orElseThrow(),
                results.stream().mapToDouble(EpisodeMetrics::falsePositiveCost).average().orElseThrow(),
                results.stream().mapToInt(EpisodeMetrics::steps).average().orElseThrow());
    }
}
