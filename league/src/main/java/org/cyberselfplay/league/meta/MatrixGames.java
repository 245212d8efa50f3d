package org.cyberselfplay.league.meta;

/**
 * Values in the zero-sum meta-game of a win-rate matrix {@code A}: Blue (rows) gets {@code A[i][j]}, Red
 * (columns) gets {@code 1 - A[i][j]}. Pure functions; arrays are never modified.
 */
public final class MatrixGames {
    private MatrixGames() {
    }

    /**
     * Checks that {@code a} is a non-empty rectangular matrix of values in [0, 1].
     *
     * @throws IllegalArgumentException naming the first offending row or cell
     */
    public static void requireWinRates(double[][] a) {
        if (a.length == 0 || a[0].length == 0) {
            throw new IllegalArgumentException("a meta-game needs at least one Blue row and one Red column");
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != a[0].length) {
                throw new IllegalArgumentException("payoff row " + i + " has " + a[i].length + " columns, row 0 has "
                        + a[0].length);
            }
            for (int j = 0; j < a[i].length; j++) {
                if (!(a[i][j] >= 0 && a[i][j] <= 1)) {
                    throw new IllegalArgumentException("payoff[" + i + "][" + j + "] must be in [0, 1], got "
                            + a[i][j]);
                }
            }
        }
    }

    /** Each Blue row's expected value against Red's mixture: {@code (A q)_i}. */
    public static double[] blueValues(double[][] a, double[] red) {
        double[] u = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < red.length; j++) {
                s += a[i][j] * red[j];
            }
            u[i] = s;
        }
        return u;
    }

    /** Each Red column's expected value against Blue's mixture: {@code 1 - (p^T A)_j}. */
    public static double[] redValues(double[][] a, double[] blue) {
        double[] v = new double[a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < v.length; j++) {
                v[j] += blue[i] * a[i][j];
            }
        }
        for (int j = 0; j < v.length; j++) {
            v[j] = 1.0 - v[j];
        }
        return v;
    }

    /** Blue's expected value {@code p^T A q} (Red's is one minus it). */
    public static double value(double[][] a, double[] blue, double[] red) {
        return dot(blue, blueValues(a, red));
    }

    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** Checks that a strategy's sides match the matrix's shape. */
    static void requireShape(double[][] a, MetaStrategy s) {
        if (s.blue().length != a.length || s.red().length != a[0].length) {
            throw new IllegalArgumentException("strategy is " + s.blue().length + " x " + s.red().length
                    + " but the payoff matrix is " + a.length + " x " + a[0].length);
        }
    }
}
