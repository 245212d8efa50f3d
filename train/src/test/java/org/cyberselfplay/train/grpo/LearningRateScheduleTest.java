package org.cyberselfplay.train.grpo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cyberselfplay.train.grpo.LearningRateSchedule.Kind;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LearningRateScheduleTest {
    @Test
    void warmupRisesLinearlyToTheBase() {
        LearningRateSchedule s = new LearningRateSchedule(Kind.CONSTANT, 1.0, 1.0, 4, 0);
        assertEquals(0.25, s.at(0), 0.0);
        assertEquals(0.5, s.at(1), 0.0);
        assertEquals(1.0, s.at(3), 0.0);
        assertEquals(1.0, s.at(1000), 0.0);
        assertEquals(3e-4, LearningRateSchedule.constant(3e-4).at(17), 0.0);
    }

    @Test
    void linearDecayReachesTheFloorAtTotalSteps() {
        LearningRateSchedule s = new LearningRateSchedule(Kind.LINEAR, 1.0, 0.1, 0, 10);
        assertEquals(1.0, s.at(0), 0.0);
        assertEquals(0.55, s.at(5), 1e-15);
        assertEquals(0.1, s.at(10), 0.0);
        assertEquals(0.1, s.at(50), 0.0);
        LearningRateSchedule warm = new LearningRateSchedule(Kind.LINEAR, 1.0, 0.1, 2, 12);
        assertEquals(0.5, warm.at(0), 0.0);
        assertEquals(1.0, warm.at(1), 0.0);
        assertEquals(1.0, warm.at(2), 0.0);
        assertEquals(0.55, warm.at(7), 1e-15);
    }

    @Test
    void cosineDecayFollowsHalfACosine() {
        LearningRateSchedule s = new LearningRateSchedule(Kind.COSINE, 1.0, 0.1, 0, 8);
        assertEquals(1.0, s.at(0), 0.0);
        // progress 0.25: 0.1 + 0.9 * (1 + cos(pi / 4)) / 2 = 0.868198.
        assertEquals(0.8681980515339464, s.at(2), 1e-15);
        assertEquals(0.55, s.at(4), 1e-15);
        assertEquals(0.1, s.at(8), 1e-15);
        assertEquals(0.1, s.at(9), 1e-15);
    }

    @Test
    void invalidSchedulesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LearningRateSchedule(Kind.COSINE, 0.0, 0.1, 5, 5));
        assertEquals("invalid learning-rate schedule: learning_rate: must be > 0, got 0.0; min_learning_rate: "
                + "must be in [0, learning_rate], got 0.1; total_steps: must be > warmup_steps (5) for a cosine "
                + "decay, got 5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.constant(1.0).at(-1));
        assertEquals(Kind.COSINE, Kind.fromWire("cosine"));
        assertThrows(IllegalArgumentException.class, () -> Kind.fromWire("step"));
    }

    @Test
    void globalNormClippingScalesLikeTorch() {
        INDArray g = Nd4j.createFromArray(3.0, 4.0);
        assertEquals(5.0, GradientClipping.clipGlobalNorm(g, 1.0), 0.0);
        double coef = 1.0 / (5.0 + 1e-6);
        assertArrayEquals(new double[] {3 * coef, 4 * coef}, g.toDoubleVector(), 1e-15);
        INDArray small = Nd4j.createFromArray(0.3, 0.4);
        assertEquals(0.5, GradientClipping.clipGlobalNorm(small, 1.0), 1e-15);
        assertArrayEquals(new double[] {0.3, 0.4}, small.toDoubleVector(), 0.0);
        INDArray big = Nd4j.createFromArray(30.0, 40.0);
        assertEquals(50.0, GradientClipping.clipGlobalNorm(big, Double.POSITIVE_INFINITY), 0.0);
        assertArrayEquals(new double[] {30.0, 40.0}, big.toDoubleVector(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> GradientClipping.clipGlobalNorm(big, 0.0));
    }
}
