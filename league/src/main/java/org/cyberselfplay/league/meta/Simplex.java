package org.cyberselfplay.league.meta;

import java.util.Arrays;

/** Pure helpers for probability vectors: checks, uniform, Euclidean projection, and growth. */
public final class Simplex {
    /** How far a distribution's sum may stray from 1 through rounding. */
    public static final double SUM_TOLERANCE = 1e-6;

    private Simplex() {
    }

    /**
     * Checks that {@code p} is a probability distribution: non-empty, entries finite and {@code >= 0}, sum
     * within {@link #SUM_TOLERANCE} of 1.
     *
     * @return the sum
     * @throws IllegalArgumentException naming {@code what} when it is not
     */
    public static double requireDistribution(double[] p, String what) {
        if (p.length == 0) {
            throw new IllegalArgumentException(what + " must have at least one entry");
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0) || Double.isInfinite(p[i])) {
                throw new IllegalArgumentException(what + "[" + i + "] must be finite and >= 0, got " + p[i]);
            }
            sum += p[i];
        }
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            throw new IllegalArgumentException(what + " must sum to 1, got " + sum);
        }
        return sum;
    }

    /** The uniform distribution over {@code n >= 1} entries. */
    public static double[] uniform(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a distribution needs at least one entry, got " + n);
        }
        double[] p = new double[n];
        Arrays.fill(p, 1.0 / n);
        return p;
    }

    /**
     * The Euclidean projection of {@code x} onto {@code {y : sum(y) = 1, y_i >= lower}} (the sort-based
     * algorithm of Duchi et al. 2008, "Efficient projections onto the l1-ball", on {@code x - lower}).
     *
     * @param lower in [0, 1/n]
     * @return a fresh array
     */
    public static double[] project(double[] x, double lower) {
        int n = x.length;
        if (n == 0 || !(lower >= 0 && lower * n <= 1 + 1e-12)) {
            throw new IllegalArgumentException("need n >= 1 and lower in [0, 1/n], got n = " + n + ", lower = "
                    + lower);
        }
        double radius = 1.0 - n * lower;
        if (radius <= 0) {
            double[] floor = new double[n];
            Arrays.fill(floor, 1.0 / n);
            return floor;
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        // Find theta with sum(max(x_i - lower - theta, 0)) = radius, scanning from the largest entry down.
        double cum = 0;
        double theta = 0;
        for (int k = 1; k <= n; k++) {
            double v = sorted[n - k] - lower;
            cum += v;
            double t = (cum - radius) / k;
            if (v - t > 0) {
                theta = t;
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.max(x[i] - lower - theta, 0.0) + lower;
        }
        return y;
    }

    /**
     * {@code p} grown to {@code n} entries for entries that joined since it was computed: each new entry
     * gets {@code d = min(mass, 1/n)} and the old entries share {@code 1 - k d} in their old proportions
     * ({@code k} new entries). With no new entries it returns a copy of {@code p}.
     *
     * @param mass in [0, 1]
     * @throws IllegalArgumentException when {@code p} has more than {@code n} entries
     */
    public static double[] extend(double[] p, int n, double mass) {
        if (p.length > n) {
            throw new IllegalArgumentException("a strategy over " + p.length + " entries cannot grow to " + n
                    + "; entries are only ever added");
        }
        if (!(mass >= 0 && mass <= 1)) {
            throw new IllegalArgumentException("new-entry mass must be in [0, 1], got " + mass);
        }
        int k = n - p.length;
        double d = Math.min(mass, 1.0 / n);
        double keep = 1.0 - k * d;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = i < p.length ? keep * p[i] : d;
        }
        return out;
    }
}
