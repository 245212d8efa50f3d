package org.cyberselfplay.league.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.Tool;

/**
 * What one {@link Matchup} gave: each episode's metrics in episode order, and each side's actions per tool.
 * Immutable.
 */
public final class MatchOutcome {
    private final List<EpisodeMetrics> episodes;
    private final long[] blueTools;
    private final long[] redTools;

    MatchOutcome(List<EpisodeMetrics> episodes, long[] blueTools, long[] redTools) {
        this.episodes = List.copyOf(episodes);
        this.blueTools = blueTools.clone();
        this.redTools = redTools.clone();
    }

    /** Each episode's metrics, in episode order. */
    public List<EpisodeMetrics> episodes() {
        return episodes;
    }

    /** A side's actions per {@link Tool#ordinal()} (a copy). */
    public long[] tools(Actor side) {
        return (side == Actor.BLUE ? blueTools : redTools).clone();
    }

    /**
     * Each of a side's tools (wire name, in {@code Tool.of(side)} order) with its share of the side's actions in
     * {@code counts} (indexed by {@link Tool#ordinal()}; 0 when there are none), as
     * {@link org.cyberselfplay.agents.CountingPolicy#shares()} reports them.
     */
    public static Map<String, Double> shares(Actor side, long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Tool t : Tool.of(side)) {
            out.put(t.wireName(), total == 0 ? 0.0 : (double) counts[t.ordinal()] / total);
        }
        return out;
    }

    /** Adds {@code b} to {@code a} element-wise and returns {@code a}. */
    public static long[] add(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }
}
