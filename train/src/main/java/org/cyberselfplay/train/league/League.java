package org.cyberselfplay.train.league;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.league.meta.MetaStrategy;
import org.cyberselfplay.league.payoff.PayoffCell;
import org.cyberselfplay.league.payoff.PayoffTable;
import org.cyberselfplay.league.pool.EntryKind;
import org.cyberselfplay.league.pool.OpponentPool;
import org.cyberselfplay.league.pool.PoolEntry;
import org.cyberselfplay.league.rating.EloRatings;
import org.cyberselfplay.league.rating.PairResult;
import org.cyberselfplay.train.run.RunDirectory;

/**
 * The league's population and what is known about it: the pool, the meta-game's payoff table, the learner's
 * decayed results, the last meta-strategy and opponent distribution. Mutable; the league loop owns it and turns
 * it into a {@link LeagueState} after every round.
 *
 * <p>The meta-game's Blue side is the pool's Blue snapshots when the learner is snapshotted every round, else the
 * learner alone (its row of the decayed table); its Red side is every Red entry, in join order.
 */
final class League {
    /** The row id of the learner in its own payoff table. */
    static final String LEARNER = "learner";

    final OpponentPool pool;
    final PayoffTable payoffs;
    final PayoffTable learnerPayoffs;
    private final boolean snapshotBlue;
    MetaStrategy meta;
    LeagueState.Sampling sampling;

    private League(OpponentPool pool, PayoffTable payoffs, PayoffTable learnerPayoffs, boolean snapshotBlue,
                   MetaStrategy meta, LeagueState.Sampling sampling) {
        this.pool = pool;
        this.payoffs = payoffs;
        this.learnerPayoffs = learnerPayoffs;
        this.snapshotBlue = snapshotBlue;
        this.meta = meta;
        this.sampling = sampling;
    }

    /** A league of the archetypes alone, with no results yet. */
    static League seed(List<PoolEntry> archetypes, boolean snapshotBlue) {
        League l = new League(new OpponentPool(), new PayoffTable(), new PayoffTable(), snapshotBlue, null,
                LeagueState.Sampling.none());
        l.learnerPayoffs.addBlue(LEARNER);
        archetypes.forEach(l::addRed);
        return l;
    }

    /** Appends a Red entry: a pool entry and an empty column in both tables. */
    void addRed(PoolEntry e) {
        pool.add(e);
        payoffs.addRed(e.id());
        learnerPayoffs.addRed(e.id());
    }

    /** Appends a Blue snapshot: a pool entry and an empty row of the meta-game. */
    void addBlue(PoolEntry e) {
        pool.add(e);
        payoffs.addBlue(e.id());
    }

    List<PoolEntry> reds() {
        return pool.entries(Actor.RED);
    }

    List<String> redIds() {
        return reds().stream().map(PoolEntry::id).toList();
    }

    /** The meta-game's Blue rows: the snapshots, or the learner alone. */
    List<String> metaRows() {
        return snapshotBlue ? pool.entries(Actor.BLUE).stream().map(PoolEntry::id).toList() : List.of(LEARNER);
    }

    /** The table the meta-game is read from. */
    PayoffTable metaTable() {
        return snapshotBlue ? payoffs : learnerPayoffs;
    }

    /** Blue's win rates in the meta-game; every cell has results once a round is done. */
    double[][] matrix() {
        return metaTable().winRates(0.5);
    }

    /** The learner's decayed win rate against every Red entry, {@code NaN} where it has no result. */
    double[] learnerWinRates() {
        return learnerPayoffs.blueWinRates(LEARNER, Double.NaN);
    }

    /** Elo ratings of the meta-game's Blue rows and every Red entry from the meta-game's results. */
    EloRatings elo() {
        List<String> ids = new ArrayList<>(metaRows());
        ids.addAll(redIds());
        List<PairResult> results = new ArrayList<>();
        PayoffTable t = metaTable();
        for (String b : metaRows()) {
            for (String r : redIds()) {
                PayoffCell c = t.cell(b, r);
                if (c.episodes() > 0) {
                    results.add(new PairResult(b, r, c.wins(), c.episodes()));
                }
            }
        }
        return EloRatings.fit(ids, results);
    }

    /** The state file's view of the league. */
    LeagueState toState(int round, boolean complete, LeagueSeeds seeds, long rolloutDraws, long redDraws,
                        String learnerCheckpoint, int metricsRows) {
        List<LeagueState.Entry> entries = pool.entries().stream().map(e -> new LeagueState.Entry(e.id(),
                e.kind().wireName(), e.spec(), e.provenance(), e.roundAdded())).toList();
        LeagueState.Meta m = new LeagueState.Meta(metaRows(), redIds(), boxed(meta.blue()), boxed(meta.red()));
        return new LeagueState(LeagueState.FORMAT, round, complete, seeds, rolloutDraws, redDraws, learnerCheckpoint,
                entries, payoffs.toState(), learnerPayoffs.toState(), m, sampling, metricsRows);
    }

    /**
     * The league a state describes, after checking it against the run: the pool's ids and kinds, both tables'
     * ids against the pool, the meta-strategy's shape, and every checkpoint it names on disk.
     *
     * @param file the state file, for messages
     * @throws LeagueStateException naming the field of the first problem
     */
    static League restore(LeagueState s, boolean snapshotBlue, RunDirectory dir, Path file) {
        OpponentPool pool = new OpponentPool();
        for (int i = 0; i < s.pool().size(); i++) {
            LeagueState.Entry e = s.pool().get(i);
            String at = "pool[" + i + "]";
            PoolEntry entry;
            try {
                entry = new PoolEntry(e.id(), EntryKind.fromName(e.kind()), e.spec(), e.provenance(), e.roundAdded());
                pool.add(entry);
            } catch (IllegalArgumentException ex) {
                throw new LeagueStateException(file, at, ex.getMessage(), ex);
            }
            if (entry.kind() != EntryKind.ARCHETYPE && !Files.isRegularFile(dir.root().resolve(entry.spec()))) {
                throw new LeagueStateException(file, at + ".spec", "the checkpoint " + dir.root().resolve(entry.spec())
                        + " does not exist");
            }
        }
        if (!Files.isRegularFile(dir.checkpoint(s.learnerCheckpoint()))) {
            throw new LeagueStateException(file, "learner_checkpoint", "the checkpoint "
                    + dir.checkpoint(s.learnerCheckpoint()) + " does not exist");
        }
        List<String> reds = pool.entries(Actor.RED).stream().map(PoolEntry::id).toList();
        List<String> blues = snapshotBlue ? pool.entries(Actor.BLUE).stream().map(PoolEntry::id).toList() : List.of();
        requireIds(file, "payoffs.red_ids", s.payoffs().redIds(), reds);
        requireIds(file, "payoffs.blue_ids", s.payoffs().blueIds(), blues);
        requireIds(file, "learner_payoffs.red_ids", s.learnerPayoffs().redIds(), reds);
        requireIds(file, "learner_payoffs.blue_ids", s.learnerPayoffs().blueIds(), List.of(LEARNER));
        League l = new League(pool, PayoffTable.fromState(s.payoffs()), PayoffTable.fromState(s.learnerPayoffs()),
                snapshotBlue, null, s.sampling());
        requireIds(file, "meta.blue_ids", s.meta().blueIds(), l.metaRows());
        requireIds(file, "meta.red_ids", s.meta().redIds(), reds);
        try {
            l.meta = new MetaStrategy(unboxed(s.meta().blue()), unboxed(s.meta().red()));
        } catch (IllegalArgumentException ex) {
            throw new LeagueStateException(file, "meta", ex.getMessage(), ex);
        }
        requireSampling(file, s.sampling(), reds);
        return l;
    }

    private static void requireIds(Path file, String field, List<String> found, List<String> expected) {
        if (!found.equals(expected)) {
            throw new LeagueStateException(file, field, "lists " + found + " but the pool has " + expected);
        }
    }

    private static void requireSampling(Path file, LeagueState.Sampling s, List<String> reds) {
        int n = s.redIds().size();
        if (s.pfsp().size() != n || s.probabilities().size() != n) {
            throw new LeagueStateException(file, "sampling", "needs one pfsp and one probability per Red id, got "
                    + s.pfsp().size() + " and " + s.probabilities().size() + " for " + n);
        }
        if (!reds.subList(0, Math.min(n, reds.size())).equals(s.redIds())) {
            throw new LeagueStateException(file, "sampling.red_ids", "lists " + s.redIds() + ", not a prefix of the"
                    + " pool's Red entries " + reds);
        }
    }

    /** Adds a match result to a cell of {@code t}. */
    static void record(PayoffTable t, String blue, String redId, PayoffCell c) {
        t.record(blue, redId, c.wins(), Math.round(c.episodes()), c.returnSum(), c.returnSqSum());
    }

    static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    static double[] unboxed(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
