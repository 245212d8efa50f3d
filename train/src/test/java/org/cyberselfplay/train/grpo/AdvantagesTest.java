package org.cyberselfplay.train.grpo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdvantagesTest {
    private static final double[] REWARDS = {1, 2, 3, 4};
    private static final int[] TWO_GROUPS = {0, 0, 1, 1};
    private static final double EPS = 1e-4;

    @Test
    void groupModeDividesByEachGroupsSampleStd() {
        // Means 1.5 and 3.5; each group's sample std is sqrt((0.25 + 0.25) / 1) = 0.70710678...;
        // 0.5 / (0.70710678 + 1e-4) = 0.70700680.
        double a = 0.5 / (Math.sqrt(0.5) + EPS);
        assertEquals(0.7070067953266834, a, 1e-15);
        assertArrayEquals(new double[] {-a, a, -a, a},
                Advantages.groupNormalized(REWARDS, TWO_GROUPS, ScaleRewards.GROUP, EPS), 1e-15);
    }

    @Test
    void batchModeCentresPerGroupButDividesByTheBatchStd() {
        // Batch sample std of 1, 2, 3, 4: sqrt((2.25 + 0.25 + 0.25 + 2.25) / 3) = sqrt(5/3) = 1.29099445;
        // 0.5 / (1.29099445 + 1e-4) = 0.38726834.
        double a = 0.3872683369443517;
        assertArrayEquals(new double[] {-a, a, -a, a},
                Advantages.groupNormalized(REWARDS, TWO_GROUPS, ScaleRewards.BATCH, EPS), 1e-12);
    }

    @Test
    void noneModeOnlyCentres() {
        assertArrayEquals(new double[] {-0.5, 0.5, -0.5, 0.5},
                Advantages.groupNormalized(REWARDS, TWO_GROUPS, ScaleRewards.NONE, EPS), 0.0);
    }

    @Test
    void oneGroupOfFourInGroupMode() {
        // Mean 2.5, sample std sqrt(5/3): A = (r - 2.5) / (1.29099445 + 1e-4).
        double s = Math.sqrt(5.0 / 3.0) + EPS;
        assertArrayEquals(new double[] {-1.5 / s, -0.5 / s, 0.5 / s, 1.5 / s},
                Advantages.groupNormalized(REWARDS, new int[] {0, 0, 0, 0}, ScaleRewards.GROUP, EPS), 1e-15);
        assertEquals(1.161805010833055, 1.5 / s, 1e-12);
    }

    @Test
    void aSingleMemberGroupAndAnEqualRewardGroupGetZero() {
        double[] rewards = {5.0, 0.1, 0.1, 0.1, -1.0, 1.0};
        int[] groups = {2, 0, 0, 0, 1, 1};
        for (ScaleRewards mode : ScaleRewards.values()) {
            double[] a = Advantages.groupNormalized(rewards, groups, mode, 0.0);
            assertEquals(0.0, a[0], 0.0, mode + ": single member");
            for (int i = 1; i <= 3; i++) {
                assertEquals(0.0, a[i], 0.0, mode + ": equal rewards");
            }
            assertTrue(a[4] < 0 && a[5] > 0, mode + ": a split group keeps its order");
        }
        // Group 1 alone: mean 0, sample std sqrt(2), so with eps 0 the advantages are -1/sqrt(2), 1/sqrt(2).
        double[] a = Advantages.groupNormalized(rewards, groups, ScaleRewards.GROUP, 0.0);
        assertEquals(-1 / Math.sqrt(2), a[4], 1e-15);
    }

    @Test
    void fractionZeroStdCountsGroupsWithAllEqualRewards() {
        assertEquals(0.0, Advantages.fractionZeroStd(REWARDS, TWO_GROUPS), 0.0);
        assertEquals(0.5, Advantages.fractionZeroStd(new double[] {1, 1, 0, 1}, TWO_GROUPS), 0.0);
        assertEquals(1.0, Advantages.fractionZeroStd(new double[] {3, 3, 3, 3}, TWO_GROUPS), 0.0);
        // Three groups present (ids 0, 1, 3; id 2 unused): the single-member group 3 has zero std.
        assertEquals(2.0 / 3.0, Advantages.fractionZeroStd(new double[] {1, 2, 7, 7, 9}, new int[] {0, 0, 1, 1, 3}),
                1e-15);
        assertEquals(0.0, Advantages.fractionZeroStd(new double[0], new int[0]), 0.0);
    }

    @Test
    void meanGroupStdAveragesTheGroupsSampleStds() {
        assertEquals(Math.sqrt(0.5), Advantages.meanGroupStd(REWARDS, TWO_GROUPS), 1e-15);
        assertEquals(Math.sqrt(0.5) / 2, Advantages.meanGroupStd(new double[] {1, 2, 3, 3}, TWO_GROUPS), 1e-15);
    }

    @Test
    void badInputsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Advantages.groupNormalized(REWARDS, new int[] {0, 0, 1}, ScaleRewards.GROUP, EPS));
        assertThrows(IllegalArgumentException.class,
                () -> Advantages.groupNormalized(REWARDS, new int[] {0, 0, 1, -1}, ScaleRewards.GROUP, EPS));
        assertThrows(IllegalArgumentException.class,
                () -> Advantages.groupNormalized(REWARDS, new int[] {0, 0, 1, 4}, ScaleRewards.GROUP, EPS));
        assertThrows(IllegalArgumentException.class,
                () -> Advantages.groupNormalized(new double[] {1, Double.NaN}, new int[] {0, 0},
                        ScaleRewards.GROUP, EPS));
        assertThrows(IllegalArgumentException.class,
                () -> Advantages.groupNormalized(REWARDS, TWO_GROUPS, ScaleRewards.GROUP, -1e-4));
    }

    @Test
    void wireNamesRoundTripAndUnknownNamesListTheAccepted() {
        for (ScaleRewards s : ScaleRewards.values()) {
            assertEquals(s, ScaleRewards.fromWire(s.wireName()));
        }
        for (LossType t : LossType.values()) {
            assertEquals(t, LossType.fromWire(t.wireName()));
        }
        assertEquals("dr_grpo", LossType.DR_GRPO.wireName());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScaleRewards.fromWire("std"));
        assertEquals("scale_rewards must be one of group, batch, none, got std", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LossType.fromWire("dapo"));
        assertEquals("loss_type must be one of grpo, dr_grpo, got dapo", e.getMessage());
    }
}
