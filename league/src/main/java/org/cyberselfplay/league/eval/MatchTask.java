package org.cyberselfplay.league.eval;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One unit of match work that can run anywhere: episodes {@code [from, to)} of a matchup's seeded episodes,
 * played in lockstep blocks of {@code batch} episodes. Everything that decides the results travels with the task
 * (the matchup's root seed, the episode range, the block size, the keys of both policies in the job), so a task
 * gives the same results on any thread, executor or machine.
 *
 * <p>A plain final class of strings and primitives with Java serialization (not a record): Spark ships tasks with
 * whatever serializer it is configured with, and Kryo 4 cannot rebuild records. Immutable.
 */
public final class MatchTask implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int round;
    private final String matchup;
    private final String blueKey;
    private final String redKey;
    private final long seed;
    private final int from;
    private final int to;
    private final int batch;

    /**
     * @param round   the league round (or 0), for logs
     * @param matchup the matchup's label, for logs and errors
     * @param blueKey the Blue policy's key in the job
     * @param redKey  the Red policy's key in the job
     * @param seed    the matchup's root seed ({@link EpisodeSeeds})
     * @param from    the first episode, a multiple of {@code batch}
     * @param to      one past the last episode, {@code > from}
     * @param batch   episodes per lockstep block, {@code >= 1}
     */
    public MatchTask(int round, String matchup, String blueKey, String redKey, long seed, int from, int to,
                     int batch) {
        this.round = round;
        this.matchup = Objects.requireNonNull(matchup, "matchup");
        this.blueKey = Objects.requireNonNull(blueKey, "blueKey");
        this.redKey = Objects.requireNonNull(redKey, "redKey");
        if (batch < 1 || from < 0 || to <= from || from % batch != 0) {
            throw new IllegalArgumentException("a task needs batch >= 1 and 0 <= from < to with from a multiple of "
                    + "the batch, got [" + from + ", " + to + ") with batch " + batch);
        }
        this.seed = seed;
        this.from = from;
        this.to = to;
        this.batch = batch;
    }

    /**
     * The tasks of one matchup of {@code episodes} episodes: block-aligned ranges of {@code blocksPerTask} blocks
     * of {@code batch} episodes (the last range may be shorter). How a matchup is cut never changes its results:
     * blocks and their seeds stay the same.
     */
    public static List<MatchTask> split(int round, String matchup, String blueKey, String redKey, long seed,
                                        int episodes, int batch, int blocksPerTask) {
        if (episodes < 1 || batch < 1 || blocksPerTask < 1) {
            throw new IllegalArgumentException("episodes, batch and blocks per task must be >= 1, got " + episodes
                    + ", " + batch + ", " + blocksPerTask);
        }
        long step = (long) batch * blocksPerTask;
        List<MatchTask> out = new ArrayList<>();
        for (long from = 0; from < episodes; from += step) {
            out.add(new MatchTask(round, matchup, blueKey, redKey, seed, (int) from,
                    (int) Math.min(episodes, from + step), batch));
        }
        return out;
    }

    public int round() {
        return round;
    }

    public String matchup() {
        return matchup;
    }

    public String blueKey() {
        return blueKey;
    }

    public String redKey() {
        return redKey;
    }

    public long seed() {
        return seed;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public int batch() {
        return batch;
    }

    /** Episodes in the task. */
    public int episodes() {
        return to - from;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchTask t && round == t.round && matchup.equals(t.matchup) && blueKey.equals(t.blueKey)
                && redKey.equals(t.redKey) && seed == t.seed && from == t.from && to == t.to && batch == t.batch;
    }

    @Override
    public int hashCode() {
        return Objects.hash(round, matchup, blueKey, redKey, seed, from, to, batch);
    }

    @Override
    public String toString() {
        return "round " + round + " " + matchup + " episodes [" + from + ", " + to + ") of seed " + seed;
    }
}
