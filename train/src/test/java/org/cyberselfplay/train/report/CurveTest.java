package org.cyberselfplay.train.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cyberselfplay.train.run.MetricsRow;
import org.junit.jupiter.api.Test;

class CurveTest {
    private static final double EPS = 1e-12;

    private static Curve curve(double[] steps, double... values) {
        return new Curve(steps, values, values, values, 1);
    }

    @Test
    void ofTakesTheRowsThatLogTheKeyByStep() {
        List<MetricsRow> rows = List.of(
                new MetricsRow(2, Map.of("train/entropy", 0.5)),
                new MetricsRow(0, Map.of("sft/val_loss", 1.0)),
                new MetricsRow(1, Map.of("train/entropy", 0.7, "train/kl", 0.1)),
                new MetricsRow(2, Map.of("train/entropy", 0.4)));

        Curve c = Curve.of(rows, "train/entropy");

        assertArrayEquals(new double[] {1, 2}, c.steps());
        assertArrayEquals(new double[] {0.7, 0.4}, c.values(), "a step logged twice keeps its last value");
        assertEquals(1, c.runs());
        assertFalse(c.hasSpread());
        assertTrue(Curve.of(rows, "train/nope").isEmpty());
    }

    @Test
    void meanAveragesTheCommonStepsWithTheLowestAndHighestRun() {
        Curve a = curve(new double[] {1, 2, 3, 4}, 1.0, 2.0, 3.0, 4.0);
        Curve b = curve(new double[] {2, 3, 4}, 4.0, 1.0, 0.0);
        Curve c = curve(new double[] {1, 2, 3}, 0.0, 3.0, 5.0);

        Curve m = Curve.mean(List.of(a, b, c));

        assertArrayEquals(new double[] {2, 3}, m.steps(), "only the steps all three logged");
        assertArrayEquals(new double[] {3.0, 3.0}, m.values(), EPS);
        assertArrayEquals(new double[] {2.0, 1.0}, m.low());
        assertArrayEquals(new double[] {4.0, 5.0}, m.high());
        assertEquals(3, m.runs());
        assertTrue(m.hasSpread());
    }

    @Test
    void meanOfMeansWeighsEveryRunOnce() {
        Curve two = Curve.mean(List.of(curve(new double[] {1}, 1.0), curve(new double[] {1}, 3.0)));
        Curve m = Curve.mean(List.of(two, curve(new double[] {1}, 8.0)));

        assertEquals(4.0, m.values()[0], EPS, "(1 + 3 + 8) / 3, not (2 + 8) / 2");
        assertEquals(3, m.runs());
        assertEquals(1.0, m.low()[0]);
        assertEquals(8.0, m.high()[0]);
    }

    @Test
    void meanRefusesNothingToAverage() {
        assertThrows(IllegalArgumentException.class, () -> Curve.mean(List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Curve.mean(List.of(curve(new double[] {1}, 1.0), curve(new double[] {2}, 1.0))));
        assertTrue(e.getMessage().contains("share no step"), e.getMessage());
    }

    @Test
    void smoothedIsTheTrailingMeanOverTheWindow() {
        Curve c = new Curve(new double[] {1, 2, 3, 4, 5}, new double[] {1, 3, 2, 6, 4},
                new double[] {0, 0, 0, 0, 0}, new double[] {2, 4, 6, 8, 10}, 2);

        Curve s = c.smoothed(3);

        assertArrayEquals(new double[] {1, 2, 2, 11.0 / 3, 4}, s.values(), EPS);
        assertArrayEquals(new double[] {0, 0, 0, 0, 0}, s.low(), EPS);
        assertArrayEquals(new double[] {2, 3, 4, 6, 8}, s.high(), EPS);
        assertArrayEquals(c.steps(), s.steps());
        assertEquals(2, s.runs());
        assertSame(c, c.smoothed(1));
        assertThrows(IllegalArgumentException.class, () -> c.smoothed(0));
    }

    @Test
    void aboveCountsStrictlyHigherValuesAtCommonSteps() {
        Curve base = curve(new double[] {1, 2, 3, 5}, 1.0, 1.0, 1.0, 1.0);
        Curve other = curve(new double[] {2, 3, 4, 5}, 2.0, 1.0, 9.0, 0.5);

        assertEquals(new Curve.Above(1, 3), Curve.above(base, other), "step 2 above, 3 a tie, 5 below; 4 unshared");
        assertEquals(new Curve.Above(1, 3), Curve.above(other, base), "step 5 above");
    }

    @Test
    void meanFromAveragesTheTail() {
        Curve c = curve(new double[] {1, 2, 3, 4}, 1.0, 2.0, 3.0, 6.0);

        assertEquals(3.0, c.meanFrom(0), EPS);
        assertEquals(4.5, c.meanFrom(2), EPS);
        assertTrue(Double.isNaN(c.meanFrom(4)));
    }

    @Test
    void theRecordRefusesMismatchedOrUnorderedArrays() {
        double[] two = {1, 2};
        assertThrows(IllegalArgumentException.class, () -> new Curve(two, new double[] {1}, two, two, 1));
        assertThrows(IllegalArgumentException.class, () -> new Curve(new double[] {2, 1}, two, two, two, 1));
        assertThrows(IllegalArgumentException.class, () -> new Curve(two, two, two, two, 0));
    }
}
