package org.cyberselfplay.league.payoff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.cyberselfplay.league.stats.WilsonInterval;
import org.junit.jupiter.api.Test;

class PayoffTableTest {
    private static PayoffTable twoByTwo() {
        PayoffTable t = new PayoffTable();
        t.addBlue("blue-r0");
        t.addBlue("blue-r1");
        t.addRed("blitz");
        t.addRed("apt");
        return t;
    }

    @Test
    void recordsAccumulateIntoWinRatesAndMeanReturns() {
        PayoffTable t = twoByTwo();
        // Returns 1, 1, 1 and 0 seven times -> sum 3, squares 3.
        t.record("blue-r0", "blitz", 7, 10, 3.0, 3.0);
        assertEquals(0.7, t.winRate("blue-r0", "blitz").getAsDouble(), 1e-15);
        assertEquals(0.3, t.cell("blue-r0", "blitz").meanReturn().getAsDouble(), 1e-15);
        t.record("blue-r0", "blitz", 3, 10, -1.0, 5.0);
        assertEquals(new PayoffCell(10, 20, 2.0, 8.0), t.cell("blue-r0", "blitz"));
        assertEquals(0.5, t.winRate("blue-r0", "blitz").getAsDouble(), 1e-15);
    }

    @Test
    void anEmptyCellHasNoRateNoIntervalAndTheMatrixUsesTheGivenFill() {
        PayoffTable t = twoByTwo();
        t.record("blue-r0", "blitz", 8, 10, 0, 0);
        assertTrue(t.winRate("blue-r1", "apt").isEmpty());
        assertTrue(t.wilson("blue-r1", "apt").isEmpty());
        assertTrue(t.cell("blue-r1", "apt").meanReturn().isEmpty());
        double[][] m = t.winRates(0.5);
        assertArrayEquals(new double[] {0.8, 0.5}, m[0], 1e-15);
        assertArrayEquals(new double[] {0.5, 0.5}, m[1], 0.0);
        assertTrue(Double.isNaN(t.winRates(Double.NaN)[1][1]));
        assertThrows(IllegalArgumentException.class, () -> t.winRates(1.5));
    }

    @Test
    void learnerViewsOfARowAndOfAColumn() {
        PayoffTable t = twoByTwo();
        t.record("blue-r0", "apt", 1, 4, 0, 0);
        t.record("blue-r1", "apt", 3, 4, 0, 0);
        assertArrayEquals(new double[] {Double.NaN, 0.25}, t.blueWinRates("blue-r0", Double.NaN), 0.0);
        // Red's score is one minus Blue's win rate; an empty cell gets the fill as is.
        assertArrayEquals(new double[] {0.75, 0.25}, t.redWinRates("apt", 0.5), 1e-15);
        assertArrayEquals(new double[] {0.5, 0.5}, t.redWinRates("blitz", 0.5), 0.0);
    }

    @Test
    void decayKeepsRatesAndLetsNewResultsWeighMore() {
        PayoffTable t = twoByTwo();
        t.record("blue-r0", "blitz", 8, 10, 4.0, 4.0);
        t.decay(0.5);
        assertEquals(new PayoffCell(4, 5, 2.0, 2.0), t.cell("blue-r0", "blitz"));
        assertEquals(0.8, t.winRate("blue-r0", "blitz").getAsDouble(), 1e-15);
        t.record("blue-r0", "blitz", 0, 5, 0, 0);
        // Undecayed this would be 8 / 15; decayed the old ten episodes count as five.
        assertEquals(0.4, t.winRate("blue-r0", "blitz").getAsDouble(), 1e-15);
        t.decay(1.0);
        assertEquals(0.4, t.winRate("blue-r0", "blitz").getAsDouble(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> t.decay(0.0));
        assertThrows(IllegalArgumentException.class, () -> t.decay(1.5));
        assertThrows(IllegalArgumentException.class, () -> t.decay(Double.NaN));
    }

    @Test
    void wilsonRoundsDecayedCountsToTheNearestEffectiveSample() {
        PayoffTable t = twoByTwo();
        t.record("blue-r0", "blitz", 8, 10, 0, 0);
        assertEquals(WilsonInterval.of(8, 10), t.wilson("blue-r0", "blitz").orElseThrow());
        t.decay(0.25); // 2 wins of 2.5 episodes: n = round(2.5) = 3, k = round(0.8 * 3) = 2
        assertEquals(WilsonInterval.of(2, 3), t.wilson("blue-r0", "blitz").orElseThrow());
        t.decay(0.1); // 0.25 episodes round to 0: no interval, though the rate is still known
        assertTrue(t.wilson("blue-r0", "blitz").isEmpty());
        assertEquals(0.8, t.winRate("blue-r0", "blitz").getAsDouble(), 1e-12);
    }

    @Test
    void rowsAndColumnsAreAddedAsEntriesJoin() {
        PayoffTable t = twoByTwo();
        t.record("blue-r1", "apt", 2, 4, 0, 0);
        t.addRed("red-r2");
        t.addBlue("blue-r2");
        assertEquals(List.of("blue-r0", "blue-r1", "blue-r2"), t.blueIds());
        assertEquals(List.of("blitz", "apt", "red-r2"), t.redIds());
        double[][] m = t.winRates(0.0);
        assertEquals(3, m.length);
        for (double[] row : m) {
            assertEquals(3, row.length);
        }
        assertEquals(0.5, m[1][1], 0.0);
        assertEquals(0.0, m[2][2], 0.0);
        assertEquals(PayoffCell.EMPTY, t.cell("blue-r2", "red-r2"));
        assertEquals(PayoffCell.EMPTY, t.cell("blue-r1", "red-r2"));
    }

    @Test
    void duplicateAndUnknownIdsAreNamed() {
        PayoffTable t = twoByTwo();
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> t.addRed("apt"));
        assertTrue(dup.getMessage().contains("\"apt\""), dup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> t.addBlue("blue-r0"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> t.record("blue-r9", "apt", 1, 1, 0, 0));
        assertEquals("payoff table has no Blue row \"blue-r9\"; rows: blue-r0, blue-r1", unknown.getMessage());
        IllegalArgumentException col = assertThrows(IllegalArgumentException.class, () -> t.cell("blue-r0", "x"));
        assertEquals("payoff table has no Red column \"x\"; columns: blitz, apt", col.getMessage());
    }

    @Test
    void impossibleCountsAreRefused() {
        PayoffTable t = twoByTwo();
        assertThrows(IllegalArgumentException.class, () -> t.record("blue-r0", "apt", 5, 4, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> t.record("blue-r0", "apt", -1, 4, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> t.record("blue-r0", "apt", 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> t.record("blue-r0", "apt", 1, 4, 0, -1));
        // Four returns summing to 4 need squares summing to at least 4.
        assertThrows(IllegalArgumentException.class, () -> t.record("blue-r0", "apt", 1, 4, 4.0, 3.0));
        assertThrows(IllegalArgumentException.class, () -> t.record("blue-r0", "apt", Double.NaN, 4, 0, 0));
        assertEquals(PayoffCell.EMPTY, t.cell("blue-r0", "apt"));
    }

    @Test
    void stateRoundTripsThroughTheRecordAndThroughJackson() throws Exception {
        PayoffTable t = twoByTwo();
        t.record("blue-r0", "blitz", 7, 10, 3.0, 3.0);
        t.record("blue-r1", "apt", 1, 3, -0.5, 0.75);
        t.decay(0.9);
        PayoffState state = t.toState();
        assertEquals(List.of("blue-r0", "blue-r1"), state.blueIds());
        assertEquals(t.cell("blue-r1", "apt"), state.cells().get(3));
        assertEquals(state, PayoffTable.fromState(state).toState());

        ObjectMapper json = new ObjectMapper();
        PayoffState back = json.readValue(json.writeValueAsString(state), PayoffState.class);
        assertEquals(state, back);
        PayoffTable restored = PayoffTable.fromState(back);
        assertEquals(t.winRate("blue-r0", "blitz"), restored.winRate("blue-r0", "blitz"));
        assertFalse(json.writeValueAsString(state).contains("winRate"));
    }

    @Test
    void stateShapeIsChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> new PayoffState(List.of("b"), List.of("r", "s"), List.of(PayoffCell.EMPTY)));
        assertThrows(IllegalArgumentException.class,
                () -> new PayoffState(List.of("b", "b"), List.of("r"), List.of(PayoffCell.EMPTY, PayoffCell.EMPTY)));
    }
}
