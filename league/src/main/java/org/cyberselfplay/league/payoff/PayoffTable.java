package org.cyberselfplay.league.payoff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cyberselfplay.league.stats.WilsonInterval;

/**
 * Decayed match results between Blue entries (rows) and Red entries (columns), as in AlphaStar's payoff
 * matrix (Vinyals et al. 2019): old results fade by {@link #decay} so the table tracks entries that keep
 * learning. Rows and columns are appended as entries join and never removed.
 *
 * <p>Win rates are Blue's; the game is treated as zero-sum, so Red's score against a row is one minus
 * Blue's win rate. An empty cell has no win rate ({@link OptionalDouble#empty()}); the matrix views take an
 * explicit value to put there. Not thread-safe: the league loop owns it.
 */
public final class PayoffTable {
    private final List<String> blueIds = new ArrayList<>();
    private final List<String> redIds = new ArrayList<>();
    private final Map<String, Integer> blueIndex = new HashMap<>();
    private final Map<String, Integer> redIndex = new HashMap<>();
    /** rows.get(i).get(j) is Blue i against Red j. */
    private final List<List<PayoffCell>> rows = new ArrayList<>();

    /** An empty table. */
    public PayoffTable() {
    }

    /** Restores a table from {@link #toState()}. */
    public static PayoffTable fromState(PayoffState state) {
        PayoffTable t = new PayoffTable();
        state.blueIds().forEach(t::addBlue);
        state.redIds().forEach(t::addRed);
        int cols = state.redIds().size();
        for (int k = 0; k < state.cells().size(); k++) {
            t.rows.get(k / cols).set(k % cols, state.cells().get(k));
        }
        return t;
    }

    /** This table as a plain value; later changes to the table do not change it. */
    public PayoffState toState() {
        List<PayoffCell> cells = new ArrayList<>(blueIds.size() * redIds.size());
        rows.forEach(cells::addAll);
        return new PayoffState(blueIds, redIds, cells);
    }

    /**
     * Appends an empty row for a Blue entry.
     *
     * @throws IllegalArgumentException when the table already has that Blue id
     */
    public void addBlue(String id) {
        Objects.requireNonNull(id, "id");
        if (blueIndex.putIfAbsent(id, blueIds.size()) != null) {
            throw new IllegalArgumentException("payoff table already has a Blue row \"" + id + "\"");
        }
        blueIds.add(id);
        List<PayoffCell> row = new ArrayList<>();
        redIds.forEach(r -> row.add(PayoffCell.EMPTY));
        rows.add(row);
    }

    /**
     * Appends an empty column for a Red entry.
     *
     * @throws IllegalArgumentException when the table already has that Red id
     */
    public void addRed(String id) {
        Objects.requireNonNull(id, "id");
        if (redIndex.putIfAbsent(id, redIds.size()) != null) {
            throw new IllegalArgumentException("payoff table already has a Red column \"" + id + "\"");
        }
        redIds.add(id);
        rows.forEach(row -> row.add(PayoffCell.EMPTY));
    }

    /** Row ids in order (immutable snapshot). */
    public List<String> blueIds() {
        return List.copyOf(blueIds);
    }

    /** Column ids in order (immutable snapshot). */
    public List<String> redIds() {
        return List.copyOf(redIds);
    }

    /**
     * Adds the results of {@code episodes} new episodes to a cell.
     *
     * @param wins        Blue's wins among them, in [0, episodes] (a caller may count a draw as 0.5)
     * @param episodes    number of episodes, {@code >= 1}
     * @param returnSum   sum of Blue's returns over them
     * @param returnSqSum sum of the squares of Blue's returns over them
     * @throws IllegalArgumentException for an unknown id or impossible counts
     */
    public void record(String blueId, String redId, double wins, long episodes, double returnSum,
                       double returnSqSum) {
        int i = blueIndex(blueId);
        int j = redIndex(redId);
        if (episodes < 1) {
            throw new IllegalArgumentException("record needs at least one episode for " + blueId + " vs " + redId
                    + ", got " + episodes);
        }
        PayoffCell add = new PayoffCell(wins, episodes, returnSum, returnSqSum);
        rows.get(i).set(j, rows.get(i).get(j).plus(add));
    }

    /**
     * Multiplies every stored count by {@code factor}, so a result recorded {@code k} decays ago weighs
     * {@code factor^k}. Win rates and mean returns do not change; interval widths grow.
     *
     * @throws IllegalArgumentException when {@code factor} is not in (0, 1]
     */
    public void decay(double factor) {
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("decay factor must be in (0, 1], got " + factor);
        }
        for (List<PayoffCell> row : rows) {
            row.replaceAll(c -> c.scaled(factor));
        }
    }

    /** The cell of one Blue and one Red entry; {@link PayoffCell#EMPTY} before any result. */
    public PayoffCell cell(String blueId, String redId) {
        return rows.get(blueIndex(blueId)).get(redIndex(redId));
    }

    /** Blue's win rate in a cell (no prior); empty when the cell has no results. */
    public OptionalDouble winRate(String blueId, String redId) {
        return cell(blueId, redId).winRate();
    }

    /** The 95 % Wilson interval of a cell's win rate; see {@link PayoffCell#wilson()} for the rounding. */
    public Optional<WilsonInterval> wilson(String blueId, String redId) {
        return cell(blueId, redId).wilson();
    }

    /**
     * Blue's win rates, rows by columns, for a meta-solver; a fresh array.
     *
     * @param fillForEmpty the value of cells without results: in [0, 1] (0.5 is the usual choice), or
     *                     {@code NaN} to mark them unknown
     */
    public double[][] winRates(double fillForEmpty) {
        checkFill(fillForEmpty);
        double[][] m = new double[blueIds.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = rowRates(i, fillForEmpty);
        }
        return m;
    }

    /**
     * One Blue entry's win rates against every Red column, the learner's view for PFSP when Blue learns.
     *
     * @param fillForEmpty as in {@link #winRates(double)}; {@code NaN} is what {@code Pfsp.weights} reads as
     *                     unknown
     */
    public double[] blueWinRates(String blueId, double fillForEmpty) {
        checkFill(fillForEmpty);
        return rowRates(blueIndex(blueId), fillForEmpty);
    }

    /**
     * One Red entry's scores {@code 1 - Blue's win rate} against every Blue row, the learner's view for PFSP
     * when Red learns.
     *
     * @param fillForEmpty as in {@link #winRates(double)}, used as is (not mirrored)
     */
    public double[] redWinRates(String redId, double fillForEmpty) {
        checkFill(fillForEmpty);
        int j = redIndex(redId);
        double[] out = new double[blueIds.size()];
        for (int i = 0; i < out.length; i++) {
            OptionalDouble w = rows.get(i).get(j).winRate();
            out[i] = w.isPresent() ? 1.0 - w.getAsDouble() : fillForEmpty;
        }
        return out;
    }

    private double[] rowRates(int i, double fill) {
        List<PayoffCell> row = rows.get(i);
        double[] out = new double[row.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = row.get(j).winRate().orElse(fill);
        }
        return out;
    }

    private static void checkFill(double fill) {
        if (!Double.isNaN(fill) && !(fill >= 0 && fill <= 1)) {
            throw new IllegalArgumentException("fill for empty cells must be in [0, 1] or NaN, got " + fill);
        }
    }

    private int blueIndex(String id) {
        Integer i = blueIndex.get(id);
        if (i == null) {
            throw new IllegalArgumentException("payoff table has no Blue row \"" + id + "\"; rows: "
                    + (blueIds.isEmpty() ? "none" : String.join(", ", blueIds)));
        }
        return i;
    }

    private int redIndex(String id) {
        Integer j = redIndex.get(id);
        if (j == null) {
            throw new IllegalArgumentException("payoff table has no Red column \"" + id + "\"; columns: "
                    + (redIds.isEmpty() ? "none" : String.join(", ", redIds)));
        }
        return j;
    }
}
