package org.cyberselfplay.league.meta;

import java.util.Arrays;

/**
 * A mixed strategy for each side of the meta-game: a distribution over the Blue entries (the payoff
 * matrix's rows) and one over the Red entries (its columns). Arrays are copied in and out, so the value
 * cannot change after it is built; equality compares contents.
 *
 * @param blue probability of each Blue entry, in row order (a distribution)
 * @param red  probability of each Red entry, in column order (a distribution)
 */
public record MetaStrategy(double[] blue, double[] red) {
    public MetaStrategy {
        blue = blue.clone();
        red = red.clone();
        Simplex.requireDistribution(blue, "Blue mixture");
        Simplex.requireDistribution(red, "Red mixture");
    }

    /** Both sides uniform. */
    public static MetaStrategy uniform(int blueCount, int redCount) {
        return new MetaStrategy(Simplex.uniform(blueCount), Simplex.uniform(redCount));
    }

    @Override
    public double[] blue() {
        return blue.clone();
    }

    @Override
    public double[] red() {
        return red.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetaStrategy s && Arrays.equals(blue, s.blue) && Arrays.equals(red, s.red);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(blue) + Arrays.hashCode(red);
    }

    @Override
    public String toString() {
        return "MetaStrategy[blue=" + Arrays.toString(blue) + ", red=" + Arrays.toString(red) + "]";
    }
}
