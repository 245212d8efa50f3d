package org.cyberselfplay.league.meta;

/**
 * Turns the empirical meta-game into a mixed strategy per side (the meta-solver of PSRO; Lanctot et al.
 * 2017). The game is two-player zero-sum: Blue's value is the matrix entry, Red's is one minus it.
 * Implementations are deterministic and do not modify their arguments.
 */
public interface MetaSolver {
    /** The config name ({@code uniform}, {@code replicator}, {@code prd}, {@code nash}). */
    String name();

    /**
     * A meta-strategy for the current matrix.
     *
     * @param blueWinRates Blue's win rate (or utility) for every Blue row against every Red column, each in
     *                     [0, 1]; non-empty and rectangular
     * @param previous     the strategy this solver returned last; it may have fewer rows or columns than the
     *                     matrix (entries joined since, appended at the end), never more. Solvers that do
     *                     not iterate from it ignore it.
     * @return a strategy with one probability per row and per column
     * @throws IllegalArgumentException for an invalid matrix or a previous strategy that does not fit it
     */
    MetaStrategy solve(double[][] blueWinRates, MetaStrategy previous);

    /** {@link #solve(double[][], MetaStrategy)} starting from both sides uniform. */
    default MetaStrategy solve(double[][] blueWinRates) {
        MatrixGames.requireWinRates(blueWinRates);
        return solve(blueWinRates, MetaStrategy.uniform(blueWinRates.length, blueWinRates[0].length));
    }
}
