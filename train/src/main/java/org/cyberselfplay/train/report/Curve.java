package org.cyberselfplay.train.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cyberselfplay.train.run.MetricsRow;

/**
 * One metric against the step, for one run or the mean of several (seeds of one recipe, say): at each step the
 * value, and the lowest and highest value of the runs behind it (equal to the value for a single run).
 *
 * <p>Pure functions; the arrays are not copied and must not be modified.
 *
 * @param steps  increasing steps
 * @param values the value at each step
 * @param low    the lowest run's value at each step
 * @param high   the highest run's value at each step
 * @param runs   how many runs the curve is the mean of, {@code >= 1}
 */
public record Curve(double[] steps, double[] values, double[] low, double[] high, int runs) {
    public Curve {
        int n = steps.length;
        if (values.length != n || low.length != n || high.length != n) {
            throw new IllegalArgumentException("steps, values, low and high must have the same length");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("a curve is the mean of at least one run, got " + runs);
        }
        for (int i = 1; i < n; i++) {
            if (!(steps[i] > steps[i - 1])) {
                throw new IllegalArgumentException("steps must increase, got " + steps[i - 1] + " then " + steps[i]);
            }
        }
    }

    /**
     * {@code key} in one run's rows, by step; a step logged twice keeps its last value (a resumed run rewrites
     * its rows, so this does not happen in a run directory). Empty when no row has {@code key}.
     */
    public static Curve of(List<MetricsRow> rows, String key) {
        Series logged = Series.of(rows, key);
        TreeMap<Double, Double> byStep = new TreeMap<>();
        for (int i = 0; i < logged.size(); i++) {
            byStep.put(logged.x()[i], logged.y()[i]);
        }
        double[] x = byStep.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = byStep.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new Curve(x, y, y, y, 1);
    }

    /**
     * The mean of {@code curves} at the steps every one of them has, with the lowest and highest run there.
     * Averaging over the common steps only keeps a run that stopped early from bending the mean's tail.
     *
     * @throws IllegalArgumentException when {@code curves} is empty or they share no step
     */
    public static Curve mean(List<Curve> curves) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("no curve to average");
        }
        if (curves.size() == 1) {
            return curves.get(0);
        }
        TreeMap<Double, double[]> common = new TreeMap<>();
        Curve first = curves.get(0);
        for (int i = 0; i < first.size(); i++) {
            common.put(first.steps[i], new double[] {0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0});
        }
        int runs = 0;
        for (Curve c : curves) {
            runs += c.runs;
            for (int i = 0; i < c.size(); i++) {
                double[] acc = common.get(c.steps[i]);
                if (acc != null) {
                    acc[0] += c.values[i] * c.runs;
                    acc[1] = Math.min(acc[1], c.low[i]);
                    acc[2] = Math.max(acc[2], c.high[i]);
                    acc[3]++;
                }
            }
        }
        common.values().removeIf(acc -> acc[3] < curves.size());
        if (common.isEmpty()) {
            throw new IllegalArgumentException("the " + curves.size() + " curves share no step");
        }
        int n = common.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        int i = 0;
        for (Map.Entry<Double, double[]> e : common.entrySet()) {
            x[i] = e.getKey();
            y[i] = e.getValue()[0] / runs;
            lo[i] = e.getValue()[1];
            hi[i] = e.getValue()[2];
            i++;
        }
        return new Curve(x, y, lo, hi, runs);
    }

    /**
     * The trailing moving average over {@code window} points (fewer at the start): point {@code i} becomes the
     * mean of points {@code max(0, i - window + 1) .. i}, for the value and both bounds. A window of 1 is the
     * curve itself.
     */
    public Curve smoothed(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("the smoothing window must be >= 1 point, got " + window);
        }
        if (window == 1) {
            return this;
        }
        return new Curve(steps, trailingMean(values, window), trailingMean(low, window), trailingMean(high, window),
                runs);
    }

    /** The mean value over the points from index {@code from} on; NaN when there are none. */
    public double meanFrom(int from) {
        double sum = 0.0;
        for (int i = from; i < values.length; i++) {
            sum += values[i];
        }
        return from >= values.length ? Double.NaN : sum / (values.length - from);
    }

    /**
     * How often {@code other} lies strictly above {@code base} at the steps both have.
     *
     * @param above  steps where {@code other}'s value is greater than {@code base}'s
     * @param common steps both curves have
     */
    public record Above(int above, int common) {
    }

    /** Where {@code other} is above {@code base}, over their common steps. */
    public static Above above(Curve base, Curve other) {
        int above = 0;
        int common = 0;
        int j = 0;
        for (int i = 0; i < other.size(); i++) {
            while (j < base.size() && base.steps[j] < other.steps[i]) {
                j++;
            }
            if (j < base.size() && base.steps[j] == other.steps[i]) {
                common++;
                if (other.values[i] > base.values[j]) {
                    above++;
                }
            }
        }
        return new Above(above, common);
    }

    public int size() {
        return steps.length;
    }

    public boolean isEmpty() {
        return steps.length == 0;
    }

    /** Whether the runs behind the curve ever differ, so that a band between low and high shows something. */
    public boolean hasSpread() {
        return !Arrays.equals(low, high);
    }

    static double[] trailingMean(double[] y, int window) {
        double[] out = new double[y.length];
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            sum += y[i];
            if (i >= window) {
                sum -= y[i - window];
            }
            out[i] = sum / Math.min(i + 1, window);
        }
        return out;
    }
}
