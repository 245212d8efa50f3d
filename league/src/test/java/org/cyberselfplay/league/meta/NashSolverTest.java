package org.cyberselfplay.league.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NashSolverTest {
    private static final double TOL = 1e-12;
    private final NashSolver nash = new NashSolver();

    @Test
    void matchingPenniesIsOneHalfEach() {
        MetaStrategy s = nash.solve(Games.MATCHING_PENNIES);
        assertArrayEquals(new double[] {0.5, 0.5}, s.blue(), TOL);
        assertArrayEquals(new double[] {0.5, 0.5}, s.red(), TOL);
        assertEquals(0.5, nash.value(Games.MATCHING_PENNIES), TOL);
    }

    @Test
    void rockPaperScissorsIsUniform() {
        MetaStrategy s = nash.solve(Games.RPS);
        double[] third = {1 / 3.0, 1 / 3.0, 1 / 3.0};
        assertArrayEquals(third, s.blue(), TOL);
        assertArrayEquals(third, s.red(), TOL);
        assertEquals(0.5, nash.value(Games.RPS), TOL);
    }

    @Test
    void aPureSaddlePointIsFound() {
        MetaStrategy s = nash.solve(Games.SADDLE);
        assertArrayEquals(new double[] {1, 0, 0}, s.blue(), TOL);
        assertArrayEquals(new double[] {1, 0, 0}, s.red(), TOL);
        assertEquals(0.4, nash.value(Games.SADDLE), TOL);
    }

    @Test
    void aNonSquareGameHasItsKnownMixedSolutionFromEitherSide() {
        MetaStrategy s = nash.solve(Games.FERGUSON);
        assertArrayEquals(new double[] {5 / 7.0, 2 / 7.0}, s.blue(), TOL);
        assertArrayEquals(new double[] {0, 5 / 7.0, 2 / 7.0, 0}, s.red(), TOL);
        assertEquals(17 / 42.0, nash.value(Games.FERGUSON), TOL);

        double[][] swapped = Games.swapped(Games.FERGUSON);
        MetaStrategy t = nash.solve(swapped);
        assertArrayEquals(new double[] {0, 5 / 7.0, 2 / 7.0, 0}, t.blue(), TOL);
        assertArrayEquals(new double[] {5 / 7.0, 2 / 7.0}, t.red(), TOL);
        assertEquals(25 / 42.0, nash.value(swapped), TOL);
    }

    @Test
    void aDominatedStrategyGetsNoMass() {
        MetaStrategy s = nash.solve(Games.RPS_WITH_DOMINATED_ROW);
        assertEquals(0.0, s.blue()[3], TOL);
        assertEquals(0.5, nash.value(Games.RPS_WITH_DOMINATED_ROW), TOL);
    }

    @Test
    void degenerateGamesStillSolve() {
        double[][] constant = {{0.5, 0.5, 0.5}, {0.5, 0.5, 0.5}};
        assertEquals(0.0, Exploitability.nashConv(constant, nash.solve(constant)), TOL);
        assertEquals(0.5, nash.value(constant), TOL);
        double[][] repeated = {{0.2, 0.9}, {0.2, 0.9}, {0.8, 0.1}, {0.8, 0.1}};
        assertEquals(0.0, Exploitability.nashConv(repeated, nash.solve(repeated)), 1e-12);
        assertEquals(1.0, new NashSolver().solve(new double[][] {{1.0}}).blue()[0], 0.0);
    }

    @Test
    void randomGamesHaveZeroNashConvAtTheSolution() {
        SplittableRandom rng = new SplittableRandom(2024);
        for (int k = 0; k < 200; k++) {
            int rows = 1 + rng.nextInt(12);
            int cols = 1 + rng.nextInt(12);
            double[][] a = new double[rows][cols];
            for (double[] row : a) {
                for (int j = 0; j < cols; j++) {
                    // Every other game on a coarse grid, so that ties and degenerate pivots are common.
                    row[j] = k % 2 == 0 ? rng.nextDouble() : rng.nextInt(5) / 4.0;
                }
            }
            double conv = Exploitability.nashConv(a, nash.solve(a));
            assertTrue(conv <= NashSolver.TOLERANCE, "game " + k + " (" + rows + " x " + cols + "): NashConv " + conv);
        }
    }

    @Test
    void invalidMatricesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> nash.solve(new double[0][0]));
        assertThrows(IllegalArgumentException.class, () -> nash.solve(new double[][] {{0.5, 0.5}, {0.5}}));
        assertThrows(IllegalArgumentException.class, () -> nash.solve(new double[][] {{1.5}}));
        assertThrows(IllegalArgumentException.class, () -> nash.solve(new double[][] {{Double.NaN}}));
    }
}
