package org.cyberselfplay.league.meta;

/**
 * An exact Nash equilibrium of the two-player zero-sum meta-game by linear programming (von Neumann's
 * minimax theorem; the LP reduction as in Dantzig 1951).
 *
 * <p>With {@code B = A + 1} (all entries positive, same equilibria, value shifted by 1) Red's problem is
 * {@code max sum(y) s.t. B y <= 1, y >= 0}; its optimum is {@code 1 / value(B)}, Red's strategy is
 * {@code y / sum(y)} and Blue's is the LP dual {@code x / sum(x)}, read off the final tableau's objective row
 * under the slack columns. The dense tableau simplex uses Bland's rule, so it terminates on the degenerate
 * games pure saddle points give, and is deterministic. When the game has several equilibria it returns one
 * vertex of the equilibrium set. The result is checked: its NashConv must be within
 * {@link #TOLERANCE} of 0.
 */
public final class NashSolver implements MetaSolver {
    /** Largest NashConv accepted from the LP before it is reported as a numerical failure. */
    public static final double TOLERANCE = 1e-9;

    private static final double EPS = 1e-12;

    @Override
    public String name() {
        return "nash";
    }

    @Override
    public MetaStrategy solve(double[][] blueWinRates, MetaStrategy previous) {
        MatrixGames.requireWinRates(blueWinRates);
        MetaStrategy s = equilibrium(blueWinRates);
        double conv = Exploitability.nashConv(blueWinRates, s);
        if (conv > TOLERANCE) {
            throw new IllegalStateException("the Nash LP returned a strategy with NashConv " + conv
                    + " on a " + blueWinRates.length + " x " + blueWinRates[0].length + " game");
        }
        return s;
    }

    /** Blue's value {@code p^T A q} at the equilibrium this solver returns: the game's value. */
    public double value(double[][] blueWinRates) {
        MetaStrategy s = solve(blueWinRates);
        return MatrixGames.value(blueWinRates, s.blue(), s.red());
    }

    private static MetaStrategy equilibrium(double[][] a) {
        int m = a.length;
        int n = a[0].length;
        int rhs = n + m;
        double[][] t = new double[m + 1][n + m + 1];
        int[] basis = new int[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                t[i][j] = a[i][j] + 1.0;
            }
            t[i][n + i] = 1.0;
            t[i][rhs] = 1.0;
            basis[i] = n + i;
        }
        for (int j = 0; j < n; j++) {
            t[m][j] = -1.0;
        }
        int maxPivots = 50 * (m + n) + 10_000;
        for (int pivots = 0; ; pivots++) {
            int e = entering(t[m], rhs);
            if (e < 0) {
                break;
            }
            if (pivots == maxPivots) {
                throw new IllegalStateException("the Nash LP did not finish in " + maxPivots + " pivots");
            }
            pivot(t, basis, leaving(t, basis, e, rhs), e);
        }
        double[] y = new double[n];
        for (int i = 0; i < m; i++) {
            if (basis[i] < n) {
                y[basis[i]] = t[i][rhs];
            }
        }
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = t[m][n + i];
        }
        return new MetaStrategy(normalized(x), normalized(y));
    }

    /** Bland's rule: the lowest-index column that improves the objective, or -1 at the optimum. */
    private static int entering(double[] objective, int columns) {
        for (int j = 0; j < columns; j++) {
            if (objective[j] < -EPS) {
                return j;
            }
        }
        return -1;
    }

    /** The minimum-ratio row, ties to the lowest basic variable (Bland). B > 0 keeps the LP bounded. */
    private static int leaving(double[][] t, int[] basis, int e, int rhs) {
        int best = -1;
        double bestRatio = Double.POSITIVE_INFINITY;
        for (int i = 0; i < basis.length; i++) {
            if (t[i][e] > EPS) {
                double r = t[i][rhs] / t[i][e];
                if (r < bestRatio - EPS || (r <= bestRatio + EPS && basis[i] < basis[best])) {
                    best = i;
                    bestRatio = Math.min(bestRatio, r);
                }
            }
        }
        if (best < 0) {
            throw new IllegalStateException("the Nash LP is unbounded, which a positive matrix rules out");
        }
        return best;
    }

    private static void pivot(double[][] t, int[] basis, int r, int e) {
        double[] row = t[r];
        double d = row[e];
        for (int j = 0; j < row.length; j++) {
            row[j] /= d;
        }
        for (int i = 0; i < t.length; i++) {
            double f = t[i][e];
            if (i != r && f != 0.0) {
                for (int j = 0; j < row.length; j++) {
                    t[i][j] -= f * row[j];
                }
            }
        }
        basis[r] = e;
    }

    /** Rounding can leave tiny negatives; drop them and rescale to a distribution. */
    private static double[] normalized(double[] x) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(0.0, x[i]);
            sum += x[i];
        }
        for (int i = 0; i < x.length; i++) {
            x[i] /= sum;
        }
        return x;
    }
}
