package org.cyberselfplay.league.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SimplexTest {
    @Test
    void projectionByHand() {
        // x - 0.1 = (0.4, 0.4, -0.1) onto total 0.7: theta = 0.05, giving (0.35, 0.35, 0) + 0.1
        assertArrayEquals(new double[] {0.45, 0.45, 0.1}, Simplex.project(new double[] {0.5, 0.5, 0}, 0.1), 1e-15);
        assertArrayEquals(new double[] {1, 0}, Simplex.project(new double[] {2, 0}, 0), 0.0);
        assertArrayEquals(new double[] {0.75, 0.25}, Simplex.project(new double[] {0.5, 0}, 0), 1e-15);
    }

    @Test
    void aFeasiblePointProjectsToItself() {
        double[] p = {0.2, 0.3, 0.5};
        assertArrayEquals(p, Simplex.project(p, 0.1), 1e-15);
    }

    @Test
    void aFloorOfOneOverNIsUniform() {
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, Simplex.project(new double[] {1, 0, 0, 0}, 0.25), 0.0);
        assertThrows(IllegalArgumentException.class, () -> Simplex.project(new double[] {1, 0}, 0.6));
    }

    @Test
    void extendGivesEachNewEntryItsMassCappedAtOneOverN() {
        assertArrayEquals(new double[] {0.57, 0.38, 0.05}, Simplex.extend(new double[] {0.6, 0.4}, 3, 0.05), 1e-15);
        // 0.5 > 1/3, so the new entry gets 1/3 and the old share 2/3.
        assertArrayEquals(new double[] {0.4, 0.8 / 3, 1 / 3.0}, Simplex.extend(new double[] {0.6, 0.4}, 3, 0.5),
                1e-15);
        assertArrayEquals(new double[] {0.6, 0.4}, Simplex.extend(new double[] {0.6, 0.4}, 2, 0.05), 0.0);
        assertThrows(IllegalArgumentException.class, () -> Simplex.extend(new double[] {0.6, 0.4}, 1, 0.05));
    }
}
