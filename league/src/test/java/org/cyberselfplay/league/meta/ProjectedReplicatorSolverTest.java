package org.cyberselfplay.league.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProjectedReplicatorSolverTest {
    private static final MetaStrategy OFF_CENTRE =
            new MetaStrategy(new double[] {0.5, 0.3, 0.2}, new double[] {0.2, 0.3, 0.5});

    @Test
    void timeAverageOnRockPaperScissorsApproachesUniform() {
        MetaStrategy shortRun = prd(10_000, 1.0).run(Games.RPS, OFF_CENTRE);
        MetaStrategy longRun = prd(200_000, 1.0).run(Games.RPS, OFF_CENTRE);
        double shortDistance = distanceFromUniform(shortRun);
        double longDistance = distanceFromUniform(longRun);
        assertTrue(longDistance < 0.01, "200 time units average to within " + longDistance);
        assertTrue(longDistance < shortDistance / 5, longDistance + " vs " + shortDistance);
        assertTrue(Exploitability.nashConv(Games.RPS, longRun) < 0.01);
    }

    @Test
    void theLastIterateKeepsCyclingAwayFromUniform() {
        MetaStrategy last = prd(200_000, 1e-9).run(Games.RPS, OFF_CENTRE);
        assertTrue(distanceFromUniform(last) > 0.05, "last iterate at " + distanceFromUniform(last));
    }

    @Test
    void fromUniformRockPaperScissorsStaysUniform() {
        MetaStrategy s = new ProjectedReplicatorSolver().solve(Games.RPS);
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, s.blue(), 1e-9);
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, s.red(), 1e-9);
    }

    @Test
    void aDominatedStrategyFallsToTheExplorationFloor() {
        ProjectedReplicatorSolver solver = new ProjectedReplicatorSolver(20_000, 1e-2, 1e-3, 0.5);
        MetaStrategy s = solver.solve(Games.RPS_WITH_DOMINATED_ROW);
        // gamma / n = 1e-3 / 4 is the least any row may get.
        assertEquals(2.5e-4, s.blue()[3], 1e-9);
        assertTrue(Exploitability.nashConv(Games.RPS_WITH_DOMINATED_ROW, s) < 0.02);

        double[][] twoByTwo = {{0.7, 0.6}, {0.4, 0.3}};
        MetaStrategy t = solver.solve(twoByTwo);
        assertEquals(5e-4, t.blue()[1], 1e-9);
        assertTrue(t.red()[0] < 0.01, "dominated Red column keeps " + t.red()[0]);
    }

    @Test
    void everyProbabilityStaysAtLeastGammaOverN() {
        ProjectedReplicatorSolver solver = new ProjectedReplicatorSolver(5_000, 0.05, 0.3, 1e-9);
        MetaStrategy s = solver.solve(new double[][] {{1.0, 1.0, 1.0}, {0.0, 0.0, 0.0}});
        assertEquals(0.15, s.blue()[1], 1e-12);
        assertEquals(0.85, s.blue()[0], 1e-12);
    }

    @Test
    void parametersAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> prd(0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> prd(10, 0.0));
        assertThrows(IllegalArgumentException.class, () -> prd(10, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new ProjectedReplicatorSolver(10, 0, 1e-6, 1));
        assertThrows(IllegalArgumentException.class, () -> new ProjectedReplicatorSolver(10, 1e-3, 1.0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> prd(10, 1.0).run(Games.RPS, MetaStrategy.uniform(2, 3)));
    }

    private static ProjectedReplicatorSolver prd(int iterations, double averageFraction) {
        return new ProjectedReplicatorSolver(iterations, 1e-3, 1e-6, averageFraction);
    }

    private static double distanceFromUniform(MetaStrategy s) {
        double d = 0;
        for (double x : s.blue()) {
            d = Math.max(d, Math.abs(x - 1 / 3.0));
        }
        for (double x : s.red()) {
            d = Math.max(d, Math.abs(x - 1 / 3.0));
        }
        return d;
    }
}
