package org.cyberselfplay.train.grpo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AntiCollapseTest {
    @Test
    void aToolAboveTauCostsLambdaTimesTheExcess() {
        // Tool 0 takes 3/4 of the batch: penalty 2 * (0.75 - 0.5) = 0.5 on its samples; tool 1 (0.25) is free.
        double[] rewards = {1.0, 0.0, -1.0, 1.0};
        AntiCollapse.Result r = AntiCollapse.apply(rewards, new int[] {0, 0, 0, 1}, 3, 2.0, 0.5);
        assertArrayEquals(new double[] {0.75, 0.25, 0.0}, r.toolShares(), 0.0);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.0}, r.penalties(), 0.0);
        assertArrayEquals(new double[] {0.5, -0.5, -1.5, 1.0}, r.rewards(), 0.0);
        assertEquals(0.375, r.meanPenalty(), 0.0);
        assertArrayEquals(r.rewards(), AntiCollapse.penalize(rewards, new int[] {0, 0, 0, 1}, 3, 2.0, 0.5), 0.0);
        assertArrayEquals(new double[] {1.0, 0.0, -1.0, 1.0}, rewards, 0.0, "input unchanged");
    }

    @Test
    void everyToolOverTauIsPenalised() {
        // Shares 0.5 / 0.5 with tau 0.3: each sample pays 1.5 * 0.2 = 0.3.
        AntiCollapse.Result r = AntiCollapse.apply(new double[] {0, 0, 0, 0}, new int[] {1, 0, 1, 0}, 2, 1.5, 0.3);
        assertArrayEquals(new double[] {0.3, 0.3, 0.3, 0.3}, r.penalties(), 1e-15);
        assertArrayEquals(new double[] {-0.3, -0.3, -0.3, -0.3}, r.rewards(), 1e-15);
    }

    @Test
    void toolEntropyIsTheEntropyOfTheShares() {
        // Shares 3/4, 1/4, 0: -(0.75 ln 0.75 + 0.25 ln 0.25) = 0.562335...; one tool everywhere: 0.
        AntiCollapse.Result r = AntiCollapse.apply(new double[4], new int[] {0, 0, 0, 1}, 3, 2.0, 0.5);
        assertEquals(-(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)), r.toolEntropy(), 1e-15);
        assertEquals(0.5623351446188083, r.toolEntropy(), 1e-15);
        assertEquals(0.0, AntiCollapse.disabled(new double[3], new int[] {1, 1, 1}, 2).toolEntropy(), 0.0);
        assertEquals(Math.log(4), AntiCollapse.disabled(new double[4], new int[] {0, 1, 2, 3}, 4).toolEntropy(),
                1e-15);
    }

    @Test
    void lambdaZeroAndDisabledAreTheIdentity() {
        double[] rewards = {1.0, 2.0, 3.0};
        int[] tools = {0, 0, 0};
        assertArrayEquals(rewards, AntiCollapse.penalize(rewards, tools, 2, 0.0, 0.0), 0.0);
        AntiCollapse.Result off = AntiCollapse.disabled(rewards, tools, 2);
        assertArrayEquals(rewards, off.rewards(), 0.0);
        assertArrayEquals(new double[3], off.penalties(), 0.0);
        assertArrayEquals(new double[] {1.0, 0.0}, off.toolShares(), 0.0);
        assertEquals(0.0, off.meanPenalty(), 0.0);
    }

    @Test
    void badInputsAreRejected() {
        double[] rewards = {1.0, 2.0};
        assertThrows(IllegalArgumentException.class, () -> AntiCollapse.apply(rewards, new int[] {0, 2}, 2, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> AntiCollapse.apply(rewards, new int[] {0}, 2, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> AntiCollapse.apply(rewards, new int[] {0, 1}, 2, -1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> AntiCollapse.apply(rewards, new int[] {0, 1}, 2, 1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> AntiCollapse.apply(rewards, new int[] {0, 1}, 0, 1, 0.5));
    }
}
