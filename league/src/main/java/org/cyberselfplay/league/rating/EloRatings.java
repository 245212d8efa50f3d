package org.cyberselfplay.league.rating;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Elo ratings fitted to pairwise results with the Bradley-Terry model (Bradley and Terry 1952):
 * {@code P(i beats j) = g_i / (g_i + g_j)}, reported as {@code 400 log10(g_i) + c}, so a 200-point gap means
 * the stronger entry is expected to score about 76 %.
 *
 * <p>The maximum of the likelihood is found by Newton's method on the log-strengths with a backtracking line
 * search; it is deterministic and converges in a handful of iterations where the MM iterations of Hunter
 * (2004) can need thousands when the scale is only weakly pinned. Each entry also plays
 * {@link EloOptions#priorGames()} virtual games against a virtual reference of fixed strength and wins half of
 * them: this keeps the ratings of undefeated and winless entries finite, gives entries without any results
 * the reference's rating, and makes the maximum unique even when the results split the entries into groups
 * that never met. The constant {@code c} then places the scale by the {@link EloAnchor}.
 *
 * @param ids        the entries, in the order given to {@link #fit}
 * @param ratings    their ratings, same order
 * @param iterations Newton iterations the fit took
 */
public record EloRatings(List<String> ids, List<Double> ratings, int iterations) {
    /** Elo points per natural-log unit of strength: {@code 400 / ln 10}. */
    public static final double POINTS_PER_NEPER = 400.0 / Math.log(10.0);

    public EloRatings {
        ids = List.copyOf(ids);
        ratings = List.copyOf(ratings);
        if (ids.size() != ratings.size()) {
            throw new IllegalArgumentException("need one rating per id, got " + ratings.size() + " for "
                    + ids.size());
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException("Elo ids must be unique, got " + ids);
        }
    }

    /**
     * The rating of one entry.
     *
     * @throws IllegalArgumentException when it has none
     */
    public double rating(String id) {
        int i = ids.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("no Elo rating for \"" + id + "\"; rated: " + String.join(", ", ids));
        }
        return ratings.get(i);
    }

    /** The expected score of an entry rated {@code ra} against one rated {@code rb}. */
    public static double expectedScore(double ra, double rb) {
        return 1.0 / (1.0 + Math.pow(10.0, (rb - ra) / 400.0));
    }

    /** {@link #fit(List, List, EloOptions)} with {@link EloOptions#defaults()}: mean 1000, one prior game. */
    public static EloRatings fit(List<String> ids, List<PairResult> results) {
        return fit(ids, results, EloOptions.defaults());
    }

    /**
     * Fits ratings for {@code ids} to {@code results}. Several results for the same pair add up.
     *
     * @throws IllegalArgumentException for repeated ids, a result naming an id not in {@code ids}, or an
     *                                  anchor entry not in {@code ids}
     * @throws IllegalStateException    when the iterations do not converge within the options' limit
     */
    public static EloRatings fit(List<String> ids, List<PairResult> results, EloOptions options) {
        Objects.requireNonNull(options, "options");
        int n = ids.size();
        Map<String, Integer> index = new HashMap<>();
        for (String id : ids) {
            if (index.putIfAbsent(id, index.size()) != null) {
                throw new IllegalArgumentException("Elo ids must be unique, \"" + id + "\" appears twice");
            }
        }
        if (options.anchor() instanceof EloAnchor.Entry e && !index.containsKey(e.id())) {
            throw new IllegalArgumentException("Elo anchor \"" + e.id() + "\" is not among the rated ids: "
                    + String.join(", ", ids));
        }
        double[][] wins = new double[n][n];
        double[][] games = new double[n][n];
        for (PairResult r : results) {
            int i = indexOf(index, r.a(), ids);
            int j = indexOf(index, r.b(), ids);
            wins[i][j] += r.winsA();
            wins[j][i] += r.games() - r.winsA();
            games[i][j] += r.games();
            games[j][i] += r.games();
        }
        BradleyTerry bt = new BradleyTerry(wins, games, options.priorGames());
        double[] theta = new double[n];
        int it = 0;
        double change = Double.POSITIVE_INFINITY;
        while (change >= options.tolerance()) {
            if (it == options.maxIterations()) {
                throw new IllegalStateException("the Elo fit did not converge in " + it + " iterations (last change "
                        + change + " points)");
            }
            double[] next = bt.newtonStep(theta);
            change = 0;
            for (int i = 0; i < n; i++) {
                change = Math.max(change, Math.abs(next[i] - theta[i]) * POINTS_PER_NEPER);
            }
            theta = next;
            it++;
        }
        return new EloRatings(ids, anchored(ids, theta, options.anchor()), it);
    }

    private static List<Double> anchored(List<String> ids, double[] theta, EloAnchor anchor) {
        int n = theta.length;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = theta[i] * POINTS_PER_NEPER;
        }
        double shift;
        if (anchor instanceof EloAnchor.Entry e) {
            shift = e.rating() - r[ids.indexOf(e.id())];
        } else {
            double mean = 0;
            for (double v : r) {
                mean += v / n;
            }
            shift = ((EloAnchor.Mean) anchor).rating() - mean;
        }
        Double[] out = new Double[n];
        for (int i = 0; i < n; i++) {
            out[i] = r[i] + shift;
        }
        return List.of(out);
    }

    private static int indexOf(Map<String, Integer> index, String id, List<String> ids) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("Elo result names \"" + id + "\", which is not among the rated ids: "
                    + String.join(", ", ids));
        }
        return i;
    }
}
