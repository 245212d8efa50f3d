package org.cyberselfplay.league.eval;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.Tool;

/**
 * The result of one {@link MatchTask}: each episode's metrics, in episode order, and how often each side used
 * each tool. The metrics are held as primitive columns, so the class serializes exactly (doubles bit for bit)
 * under Java serialization and Kryo alike; it is a plain final class, not a record, for the same reason as
 * {@link MatchTask}. Immutable.
 */
public final class MatchResult implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int INTS = 10;
    private static final int DOUBLES = 4;
    private static final int NO_WINNER = -1;

    private final int from;
    private final int[] ints;
    private final double[] doubles;
    private final long[] blueTools;
    private final long[] redTools;

    private MatchResult(int from, int[] ints, double[] doubles, long[] blueTools, long[] redTools) {
        this.from = from;
        this.ints = ints;
        this.doubles = doubles;
        this.blueTools = blueTools;
        this.redTools = redTools;
    }

    /**
     * The result of the episodes starting at {@code from}.
     *
     * @param blueTools Blue's actions per {@link Tool#ordinal()}; copied
     * @param redTools  Red's actions per {@link Tool#ordinal()}; copied
     */
    public static MatchResult of(int from, List<EpisodeMetrics> episodes, long[] blueTools, long[] redTools) {
        int tools = Tool.values().length;
        if (blueTools.length != tools || redTools.length != tools) {
            throw new IllegalArgumentException("tool counts need " + tools + " entries, got " + blueTools.length
                    + " and " + redTools.length);
        }
        int n = episodes.size();
        int[] ints = new int[INTS * n];
        double[] doubles = new double[DOUBLES * n];
        for (int k = 0; k < n; k++) {
            EpisodeMetrics m = episodes.get(k);
            int i = INTS * k;
            ints[i] = m.winner().map(Actor::ordinal).orElse(NO_WINNER);
            ints[i + 1] = m.steps();
            ints[i + 2] = m.mttdTurns();
            ints[i + 3] = m.mttrTurns();
            ints[i + 4] = m.exfiltrated() ? 1 : 0;
            ints[i + 5] = m.criticalAssetCompromised() ? 1 : 0;
            ints[i + 6] = m.falsePositives();
            ints[i + 7] = m.instructionsCompleted();
            ints[i + 8] = m.instructionsViolated();
            ints[i + 9] = m.instructionsRequired();
            int d = DOUBLES * k;
            doubles[d] = m.falsePositiveCost();
            doubles[d + 1] = m.businessImpact();
            doubles[d + 2] = m.blueReturn();
            doubles[d + 3] = m.redReturn();
        }
        return new MatchResult(from, ints, doubles, blueTools.clone(), redTools.clone());
    }

    /** The first episode's index in its matchup. */
    public int from() {
        return from;
    }

    /** Episodes in the result. */
    public int size() {
        return ints.length / INTS;
    }

    /** Each episode's metrics, in episode order. */
    public List<EpisodeMetrics> episodes() {
        Actor[] actors = Actor.values();
        List<EpisodeMetrics> out = new ArrayList<>(size());
        for (int k = 0; k < size(); k++) {
            int i = INTS * k;
            int d = DOUBLES * k;
            Optional<Actor> winner = ints[i] == NO_WINNER ? Optional.empty() : Optional.of(actors[ints[i]]);
            out.add(new EpisodeMetrics(winner, ints[i + 1], ints[i + 2], ints[i + 3], ints[i + 4] == 1,
                    ints[i + 5] == 1, doubles[d], ints[i + 6], doubles[d + 1], ints[i + 7], ints[i + 8],
                    ints[i + 9], doubles[d + 2], doubles[d + 3]));
        }
        return out;
    }

    /** A side's actions per {@link Tool#ordinal()} (a copy). */
    public long[] tools(Actor side) {
        return (side == Actor.BLUE ? blueTools : redTools).clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchResult r && from == r.from && Arrays.equals(ints, r.ints)
                && Arrays.equals(doubles, r.doubles) && Arrays.equals(blueTools, r.blueTools)
                && Arrays.equals(redTools, r.redTools);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * from + Arrays.hashCode(ints)) + Arrays.hashCode(doubles);
    }

    @Override
    public String toString() {
        return "MatchResult[" + size() + " episodes from " + from + "]";
    }
}
