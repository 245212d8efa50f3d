package org.cyberselfplay.league.meta;

/**
 * One discrete replicator step per call for both sides at once, from the previous meta-strategy
 * ({@link Replicator#step}): the meta-strategy moves a little each league round instead of jumping to a new
 * solution. Entries that joined since the previous strategy enter with mass {@code min(newEntryMass, 1/n)}
 * each ({@link Simplex#extend}), since an entry at zero mass would never grow under replicator dynamics.
 *
 * @param eta          step size, finite and {@code > 0}
 * @param newEntryMass mass of each entering entry, in (0, 1]
 */
public record ReplicatorSolver(double eta, double newEntryMass) implements MetaSolver {
    /** Default step size: a strategy at the worst possible disadvantage halves its mass in one step. */
    public static final double DEFAULT_ETA = 0.5;
    /** Default mass of an entering entry. */
    public static final double DEFAULT_NEW_ENTRY_MASS = 0.05;

    public ReplicatorSolver {
        if (!(eta > 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("replicator eta must be a finite number > 0, got " + eta);
        }
        if (!(newEntryMass > 0 && newEntryMass <= 1)) {
            throw new IllegalArgumentException("replicator new-entry mass must be in (0, 1], got " + newEntryMass);
        }
    }

    /** With {@link #DEFAULT_ETA} and {@link #DEFAULT_NEW_ENTRY_MASS}. */
    public ReplicatorSolver() {
        this(DEFAULT_ETA, DEFAULT_NEW_ENTRY_MASS);
    }

    @Override
    public String name() {
        return "replicator";
    }

    @Override
    public MetaStrategy solve(double[][] blueWinRates, MetaStrategy previous) {
        MatrixGames.requireWinRates(blueWinRates);
        double[] p = Simplex.extend(previous.blue(), blueWinRates.length, newEntryMass);
        double[] q = Simplex.extend(previous.red(), blueWinRates[0].length, newEntryMass);
        double[] u = MatrixGames.blueValues(blueWinRates, q);
        double[] v = MatrixGames.redValues(blueWinRates, p);
        return new MetaStrategy(Replicator.step(p, u, eta), Replicator.step(q, v, eta));
    }
}
