package org.cyberselfplay.league.meta;

/**
 * The tunable parameters of the meta-solvers, as a config section would carry them; each solver reads only
 * its own. Validation happens when a solver is built from them.
 *
 * @param replicatorEta          {@link ReplicatorSolver#eta()}
 * @param replicatorNewEntryMass {@link ReplicatorSolver#newEntryMass()}
 * @param prdIterations          {@link ProjectedReplicatorSolver#iterations()}
 * @param prdDt                  {@link ProjectedReplicatorSolver#dt()}
 * @param prdGamma               {@link ProjectedReplicatorSolver#gamma()}
 * @param prdAverageFraction     {@link ProjectedReplicatorSolver#averageFraction()}
 */
public record MetaSolverSettings(double replicatorEta, double replicatorNewEntryMass, int prdIterations,
                                 double prdDt, double prdGamma, double prdAverageFraction) {
    /** Every solver's defaults. */
    public static MetaSolverSettings defaults() {
        return new MetaSolverSettings(ReplicatorSolver.DEFAULT_ETA, ReplicatorSolver.DEFAULT_NEW_ENTRY_MASS,
                ProjectedReplicatorSolver.DEFAULT_ITERATIONS, ProjectedReplicatorSolver.DEFAULT_DT,
                ProjectedReplicatorSolver.DEFAULT_GAMMA, ProjectedReplicatorSolver.DEFAULT_AVERAGE_FRACTION);
    }
}
