package org.cyberselfplay.league.meta;

/** Meta-games with known solutions, as Blue's win rates (Red gets one minus them). */
final class Games {
    /** Blue wins when the coins match. Unique equilibrium: both (1/2, 1/2), value 1/2. */
    static final double[][] MATCHING_PENNIES = {{1, 0}, {0, 1}};

    /** Rock, paper, scissors for both; a tie is half a win. Unique equilibrium: uniform, value 1/2. */
    static final double[][] RPS = {{0.5, 0, 1}, {1, 0.5, 0}, {0, 1, 0.5}};

    /** Rock-paper-scissors plus a fourth Blue row strictly worse than rock. Blue's equilibrium: (1/3, 1/3, 1/3, 0). */
    static final double[][] RPS_WITH_DOMINATED_ROW = {{0.5, 0, 1}, {1, 0.5, 0}, {0, 1, 0.5}, {0.3, 0, 0.6}};

    /**
     * A pure saddle point at (0, 0): 0.4 is the least of row 0 and the largest of column 0. Unique
     * equilibrium, value 0.4.
     */
    static final double[][] SADDLE = {{0.4, 0.6, 0.5}, {0.3, 0.2, 0.9}, {0.1, 0.7, 0.8}};

    /**
     * Ferguson's 2 x 4 example ("Game Theory", part II, 2.4: rows (2, 3, 1, 5) and (4, 1, 6, 0)) divided by 6.
     * Blue (5/7, 2/7), Red (0, 5/7, 2/7, 0), value 17/42: Blue's mixture equalizes columns 1 and 2 at 17/42
     * and leaves columns 0 and 3 at 18/42 and 25/42.
     */
    static final double[][] FERGUSON = {{2 / 6.0, 3 / 6.0, 1 / 6.0, 5 / 6.0}, {4 / 6.0, 1 / 6.0, 1.0, 0.0}};

    private Games() {
    }

    /** The same game with the roles swapped: Blue plays the old Red, {@code B = 1 - A^T}. */
    static double[][] swapped(double[][] a) {
        double[][] b = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                b[j][i] = 1.0 - a[i][j];
            }
        }
        return b;
    }
}
