package org.cyberselfplay.league.meta;

/**
 * The discrete replicator update: strategies doing better than the mixture's average gain mass in proportion
 * to their current mass (Taylor and Jonker 1978; Hofbauer and Sigmund 1998).
 */
public final class Replicator {
    private Replicator() {
    }

    /**
     * One step {@code p_i <- p_i (1 + eta (u_i - u_bar))} with {@code u_bar = sum_i p_i u_i}, clipped at 0
     * and renormalized. A strategy at 0 stays at 0; with {@code eta <= 1} and values in [0, 1] no clipping
     * happens. Some entry with positive mass does at least average, so the result is never all zero.
     *
     * @param p      the current distribution
     * @param values each strategy's expected value against the opponent's mixture
     * @param eta    step size, finite and {@code > 0}
     * @return a fresh distribution
     */
    public static double[] step(double[] p, double[] values, double eta) {
        if (p.length != values.length) {
            throw new IllegalArgumentException("need one value per strategy, got " + values.length + " for "
                    + p.length);
        }
        if (!(eta > 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("replicator eta must be a finite number > 0, got " + eta);
        }
        double mean = MatrixGames.dot(p, values);
        double[] out = new double[p.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            out[i] = Math.max(0.0, p[i] * (1.0 + eta * (values[i] - mean)));
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }
}
