package org.cyberselfplay.train.sim;

import java.util.OptionalDouble;
import org.cyberselfplay.league.stats.WilsonInterval;

/**
 * Aggregate outcome of a batch of episodes. Rates are over all episodes; MTTD and MTTR are means over the
 * episodes where they are defined (empty when none).
 *
 * @param scenario               scenario name
 * @param episodes               episodes played, {@code >= 1}
 * @param seed                   the root seed
 * @param blueWins               episodes Blue won
 * @param exfiltrations          episodes in which Red exfiltrated data
 * @param criticalCompromises    episodes in which Red held a foothold on a high-value host
 * @param meanSteps              mean completed turns per episode
 * @param meanMttd               mean time to detect, in turns, over {@code mttdEpisodes} episodes
 * @param mttdEpisodes           episodes with a defined MTTD
 * @param meanMttr               mean time to recover, in turns, over {@code mttrEpisodes} episodes
 * @param mttrEpisodes           episodes with a defined MTTR
 * @param meanCompletionRate     mean instruction completion rate (completed over required, capped at 1)
 * @param meanViolationRate      mean instruction violation rate
 * @param meanBlueReturn         mean undiscounted Blue return
 * @param meanRedReturn          mean undiscounted Red return
 * @param meanFalsePositiveCost  mean business cost of Blue actions against clean hosts
 */
public record SimulationSummary(String scenario, int episodes, long seed, int blueWins, int exfiltrations,
                                int criticalCompromises, double meanSteps, OptionalDouble meanMttd,
                                int mttdEpisodes, OptionalDouble meanMttr, int mttrEpisodes,
                                double meanCompletionRate, double meanViolationRate, double meanBlueReturn,
                                double meanRedReturn, double meanFalsePositiveCost) {
    public SimulationSummary {
        if (episodes < 1) {
            throw new IllegalArgumentException("episodes must be >= 1, got " + episodes);
        }
        checkCount("blueWins", blueWins, episodes);
        checkCount("exfiltrations", exfiltrations, episodes);
        checkCount("criticalCompromises", criticalCompromises, episodes);
        checkCount("mttdEpisodes", mttdEpisodes, episodes);
        checkCount("mttrEpisodes", mttrEpisodes, episodes);
    }

    private static void checkCount(String name, int count, int episodes) {
        if (count < 0 || count > episodes) {
            throw new IllegalArgumentException(name + " must be in [0, " + episodes + "], got " + count);
        }
    }

    /** Episodes Red won (every episode has a winner). */
    public int redWins() {
        return episodes - blueWins;
    }

    /** Blue's win rate. */
    public double blueWinRate() {
        return blueWins / (double) episodes;
    }

    /** The 95 % Wilson interval of Blue's win rate. */
    public WilsonInterval blueWinInterval() {
        return WilsonInterval.of(blueWins, episodes);
    }

    /** Share of episodes with a successful exfiltration. */
    public double exfiltrationRate() {
        return exfiltrations / (double) episodes;
    }

    /** Share of episodes with a high-value host compromised. */
    public double criticalCompromiseRate() {
        return criticalCompromises / (double) episodes;
    }
}
