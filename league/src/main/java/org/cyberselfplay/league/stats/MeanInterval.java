package org.cyberselfplay.league.stats;

/**
 * A sample mean with its 95 % confidence interval from the normal approximation
 * {@code mean +- z * s / sqrt(n)}, {@code s} the sample standard deviation (n - 1 denominator).
 * With one observation the interval collapses to the mean: there is no spread to estimate.
 *
 * @param n     number of observations, {@code >= 1}
 * @param mean  sample mean
 * @param lower lower bound
 * @param upper upper bound
 */
public record MeanInterval(long n, double mean, double lower, double upper) {
    public MeanInterval {
        if (n < 1) {
            throw new IllegalArgumentException("a mean needs at least one observation, got " + n);
        }
        if (!(lower <= mean && mean <= upper)) {
            throw new IllegalArgumentException("need lower <= mean <= upper, got " + lower + ", " + mean + ", " + upper);
        }
    }

    /** The 95 % interval of the mean of {@code values}. */
    public static MeanInterval of(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("a mean needs at least one observation, got none");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new MeanInterval(1, mean, mean, mean);
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double half = WilsonInterval.Z95 * Math.sqrt(ss / (n - 1) / n);
        return new MeanInterval(n, mean, mean - half, mean + half);
    }

    /** Half the interval's width. */
    public double halfWidth() {
        return (upper - lower) / 2.0;
    }
}
