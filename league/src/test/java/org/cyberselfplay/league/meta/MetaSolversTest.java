package org.cyberselfplay.league.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MetaSolversTest {
    @Test
    void everyNameBuildsItsSolver() {
        assertInstanceOf(UniformSolver.class, MetaSolvers.fromName("uniform"));
        assertInstanceOf(ReplicatorSolver.class, MetaSolvers.fromName("Replicator"));
        assertInstanceOf(ProjectedReplicatorSolver.class, MetaSolvers.fromName(" prd "));
        assertInstanceOf(NashSolver.class, MetaSolvers.fromName("nash"));
        for (String name : MetaSolvers.NAMES) {
            assertEquals(name, MetaSolvers.fromName(name).name());
        }
    }

    @Test
    void settingsReachTheSolvers() {
        MetaSolverSettings s = new MetaSolverSettings(0.25, 0.1, 500, 0.01, 0.2, 0.5);
        assertEquals(new ReplicatorSolver(0.25, 0.1), MetaSolvers.fromName("replicator", s));
        assertEquals(new ProjectedReplicatorSolver(500, 0.01, 0.2, 0.5), MetaSolvers.fromName("prd", s));
        assertEquals(new ProjectedReplicatorSolver(), MetaSolvers.fromName("prd"));
        assertThrows(IllegalArgumentException.class,
                () -> MetaSolvers.fromName("prd", new MetaSolverSettings(0.25, 0.1, 0, 0.01, 0.2, 0.5)));
    }

    @Test
    void unknownNameListsTheAccepted() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> MetaSolvers.fromName("alpharank"));
        assertEquals("unknown meta-solver \"alpharank\"; accepted: uniform, replicator, prd, nash", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MetaSolvers.fromName(null));
    }

    @Test
    void uniformIgnoresThePayoffs() {
        MetaStrategy s = new UniformSolver().solve(Games.FERGUSON);
        assertArrayEquals(new double[] {0.5, 0.5}, s.blue(), 0.0);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, s.red(), 0.0);
    }

    @Test
    void metaStrategiesAreValuesOverValidDistributions() {
        double[] blue = {0.25, 0.75};
        MetaStrategy s = new MetaStrategy(blue, new double[] {1});
        blue[0] = 0.5;
        s.blue()[1] = 0;
        assertArrayEquals(new double[] {0.25, 0.75}, s.blue(), 0.0);
        assertEquals(new MetaStrategy(new double[] {0.25, 0.75}, new double[] {1}), s);
        assertNotEquals(new MetaStrategy(new double[] {0.75, 0.25}, new double[] {1}), s);
        assertThrows(IllegalArgumentException.class, () -> new MetaStrategy(new double[] {0.5, 0.4}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> new MetaStrategy(new double[] {1.5, -0.5}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new MetaStrategy(new double[0], new double[] {1}));
    }
}
