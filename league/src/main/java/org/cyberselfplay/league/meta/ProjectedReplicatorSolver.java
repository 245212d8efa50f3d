package org.cyberselfplay.league.meta;

/**
 * Projected replicator dynamics (PRD; Lanctot et al. 2017, "A unified game-theoretic approach to multiagent
 * reinforcement learning", NeurIPS): Euler steps of length {@code dt} of the continuous replicator dynamics
 * {@code dp_i/dt = p_i (u_i - u_bar)} for both sides at once, each step projected back onto the simplex
 * with every probability at least {@code gamma / n} so that no strategy dies out.
 *
 * <p>As in OpenSpiel it starts from the uniform strategies and ignores the previous one, so the result
 * depends only on the matrix. It returns the time average of the last {@code averageFraction} of the
 * iterates ({@code max(1, round(averageFraction * iterations))} of them; by default all): in games like
 * rock-paper-scissors the dynamics cycle around the equilibrium and only their time average approaches it.
 *
 * @param iterations      number of Euler steps, {@code >= 1}
 * @param dt              step length, finite and {@code > 0}
 * @param gamma           exploration, in [0, 1): every probability stays {@code >= gamma / n}
 * @param averageFraction the final share of the trajectory to average, in (0, 1]; a tiny value returns the
 *                        last iterate
 */
public record ProjectedReplicatorSolver(int iterations, double dt, double gamma, double averageFraction)
        implements MetaSolver {
    /** OpenSpiel's defaults for PSRO: 100 000 steps of 0.001, exploration 1e-6. */
    public static final int DEFAULT_ITERATIONS = 100_000;
    public static final double DEFAULT_DT = 1e-3;
    public static final double DEFAULT_GAMMA = 1e-6;
    /** By default the whole trajectory is averaged. */
    public static final double DEFAULT_AVERAGE_FRACTION = 1.0;

    public ProjectedReplicatorSolver {
        if (iterations < 1) {
            throw new IllegalArgumentException("PRD iterations must be >= 1, got " + iterations);
        }
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("PRD dt must be a finite number > 0, got " + dt);
        }
        if (!(gamma >= 0 && gamma < 1)) {
            throw new IllegalArgumentException("PRD gamma must be in [0, 1), got " + gamma);
        }
        if (!(averageFraction > 0 && averageFraction <= 1)) {
            throw new IllegalArgumentException("PRD averageFraction must be in (0, 1], got " + averageFraction);
        }
    }

    /** With the defaults above. */
    public ProjectedReplicatorSolver() {
        this(DEFAULT_ITERATIONS, DEFAULT_DT, DEFAULT_GAMMA, DEFAULT_AVERAGE_FRACTION);
    }

    @Override
    public String name() {
        return "prd";
    }

    @Override
    public MetaStrategy solve(double[][] blueWinRates, MetaStrategy previous) {
        MatrixGames.requireWinRates(blueWinRates);
        return run(blueWinRates, MetaStrategy.uniform(blueWinRates.length, blueWinRates[0].length));
    }

    /**
     * The dynamics from an explicit start, e.g. to study them.
     *
     * @param start a strategy of the matrix's shape
     * @return the time average of the last {@code averageFraction} of the iterates
     */
    public MetaStrategy run(double[][] blueWinRates, MetaStrategy start) {
        MatrixGames.requireWinRates(blueWinRates);
        MatrixGames.requireShape(blueWinRates, start);
        double[] p = start.blue();
        double[] q = start.red();
        double[] sumP = new double[p.length];
        double[] sumQ = new double[q.length];
        long averaged = Math.max(1, Math.round(averageFraction * iterations));
        for (int t = 0; t < iterations; t++) {
            double[] u = MatrixGames.blueValues(blueWinRates, q);
            double[] v = MatrixGames.redValues(blueWinRates, p);
            p = step(p, u);
            q = step(q, v);
            if (t >= iterations - averaged) {
                accumulate(sumP, p);
                accumulate(sumQ, q);
            }
        }
        return new MetaStrategy(normalized(sumP), normalized(sumQ));
    }

    private double[] step(double[] p, double[] values) {
        double mean = MatrixGames.dot(p, values);
        double[] next = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            next[i] = p[i] + dt * p[i] * (values[i] - mean);
        }
        return Simplex.project(next, gamma / p.length);
    }

    private static void accumulate(double[] sum, double[] x) {
        for (int i = 0; i < x.length; i++) {
            sum[i] += x[i];
        }
    }

    private static double[] normalized(double[] sum) {
        double total = 0;
        for (double s : sum) {
            total += s;
        }
        double[] out = new double[sum.length];
        for (int i = 0; i < sum.length; i++) {
            out[i] = sum[i] / total;
        }
        return out;
    }
}
