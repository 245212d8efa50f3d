package org.cyberselfplay.league.meta;

/** Every entry equally likely on each side: fictitious self-play's meta-strategy. */
public final class UniformSolver implements MetaSolver {
    @Override
    public String name() {
        return "uniform";
    }

    @Override
    public MetaStrategy solve(double[][] blueWinRates, MetaStrategy previous) {
        MatrixGames.requireWinRates(blueWinRates);
        return MetaStrategy.uniform(blueWinRates.length, blueWinRates[0].length);
    }
}
