package org.cyberselfplay.league.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReplicatorSolverTest {
    @Test
    void oneStepByHand() {
        // mean 0.5; p_1 = 0.5 (1 + 0.5 * 0.5), p_2 = 0.5 (1 - 0.5 * 0.5)
        assertArrayEquals(new double[] {0.625, 0.375},
                Replicator.step(new double[] {0.5, 0.5}, new double[] {1, 0}, 0.5), 1e-15);
        // (0.2, 0.8) with values (0, 1): mean 0.8; (0.2 (1 - 0.8), 0.8 (1 + 0.2)) = (0.04, 0.96), sum 1
        assertArrayEquals(new double[] {0.04, 0.96},
                Replicator.step(new double[] {0.2, 0.8}, new double[] {0, 1}, 1.0), 1e-15);
    }

    @Test
    void aLargeStepClipsAtZeroAndRenormalizes() {
        // eta 4: (0.5 * 3, 0.5 * (1 - 2)) = (1.5, -0.5) -> (1.5, 0) -> (1, 0)
        assertArrayEquals(new double[] {1, 0}, Replicator.step(new double[] {0.5, 0.5}, new double[] {1, 0}, 4), 0.0);
    }

    @Test
    void uniformIsAFixedPointOfRockPaperScissors() {
        ReplicatorSolver solver = new ReplicatorSolver();
        MetaStrategy s = solver.solve(Games.RPS);
        for (int t = 0; t < 1000; t++) {
            s = solver.solve(Games.RPS, s);
        }
        double[] third = {1 / 3.0, 1 / 3.0, 1 / 3.0};
        assertArrayEquals(third, s.blue(), 1e-12);
        assertArrayEquals(third, s.red(), 1e-12);
    }

    @Test
    void nearUniformRockPaperScissorsStaysNearUniform() {
        // The replicator cycles around the interior equilibrium; small steps drift outward only slowly.
        ReplicatorSolver solver = new ReplicatorSolver(0.1, ReplicatorSolver.DEFAULT_NEW_ENTRY_MASS);
        MetaStrategy s = new MetaStrategy(new double[] {0.36, 0.33, 0.31}, new double[] {0.32, 0.33, 0.35});
        double[] average = new double[3];
        for (int t = 0; t < 200; t++) {
            s = solver.solve(Games.RPS, s);
            for (int i = 0; i < 3; i++) {
                assertEquals(1 / 3.0, s.blue()[i], 0.05, "step " + t);
                assertEquals(1 / 3.0, s.red()[i], 0.05, "step " + t);
                average[i] += s.blue()[i] / 200;
            }
        }
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, average, 0.01);
    }

    @Test
    void aDominatedStrategyLosesItsMass() {
        ReplicatorSolver solver = new ReplicatorSolver();
        MetaStrategy s = solver.solve(Games.RPS_WITH_DOMINATED_ROW);
        assertTrue(s.blue()[3] < 0.25, "one step already moves mass off the dominated row");
        for (int t = 0; t < 200; t++) {
            s = solver.solve(Games.RPS_WITH_DOMINATED_ROW, s);
        }
        assertTrue(s.blue()[3] < 1e-6, "dominated row keeps " + s.blue()[3]);

        double[][] twoByTwo = {{0.7, 0.6}, {0.4, 0.3}};
        s = solver.solve(twoByTwo);
        for (int t = 0; t < 100; t++) {
            s = solver.solve(twoByTwo, s);
        }
        assertTrue(s.blue()[1] < 1e-6, "dominated Blue row keeps " + s.blue()[1]);
        // Column 0 gives Blue more in every row, so Red leaves it.
        assertTrue(s.red()[0] < 0.01, "dominated Red column keeps " + s.red()[0]);
    }

    @Test
    void newEntriesEnterWithTheConfiguredMass() {
        ReplicatorSolver solver = new ReplicatorSolver(0.5, 0.05);
        MetaStrategy previous = new MetaStrategy(new double[] {0.6, 0.4}, new double[] {1.0});
        double[][] constant = {{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}};
        // All values equal, so the step changes nothing and shows the entering mass: Blue's third row gets
        // 0.05 and the old rows share 0.95; Red's second column gets 0.05.
        MetaStrategy s = solver.solve(constant, previous);
        assertArrayEquals(new double[] {0.57, 0.38, 0.05}, s.blue(), 1e-12);
        assertArrayEquals(new double[] {0.95, 0.05}, s.red(), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> solver.solve(new double[][] {{0.5}}, previous), "entries are never removed");
    }

    @Test
    void parametersAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new ReplicatorSolver(0, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new ReplicatorSolver(Double.NaN, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new ReplicatorSolver(0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReplicatorSolver(0.5, 1.5));
    }
}
