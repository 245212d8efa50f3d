package org.cyberselfplay.train.grpo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MinibatchesTest {
    @Test
    void groupsStayWholeAndAreDealtInContiguousRuns() {
        // Five groups (ids in order of first appearance: 7, 3, 9, 0, 5) over three minibatches: sizes 2, 2, 1
        // groups by floor(rank * 3 / 5) = 0, 0, 1, 1, 2.
        int[] groupOf = {7, 7, 3, 9, 3, 0, 9, 5, 0};
        int[][] parts = Minibatches.byGroup(groupOf, 3);
        assertArrayEquals(new int[] {0, 1, 2, 4}, parts[0]);
        assertArrayEquals(new int[] {3, 5, 6, 8}, parts[1]);
        assertArrayEquals(new int[] {7}, parts[2]);
    }

    @Test
    void oneMinibatchIsTheWholeBatchAndOnePerGroupIsEachGroup() {
        int[] groupOf = {0, 0, 1, 1, 1, 2};
        assertArrayEquals(new int[][] {{0, 1, 2, 3, 4, 5}}, Minibatches.byGroup(groupOf, 1));
        assertArrayEquals(new int[][] {{0, 1}, {2, 3, 4}, {5}}, Minibatches.byGroup(groupOf, 3));
    }

    @Test
    void refusesMoreMinibatchesThanGroupsAndEmptyBatches() {
        assertEquals("minibatches must be in [1, 2] (one group at least each), got 3",
                assertThrows(IllegalArgumentException.class, () -> Minibatches.byGroup(new int[] {0, 1}, 3))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Minibatches.byGroup(new int[] {0, 1}, 0));
        assertThrows(IllegalArgumentException.class, () -> Minibatches.byGroup(new int[0], 1));
    }

    @Test
    void rowsCopiesTheChosenRowsInOrder() {
        float[] m = {1, 2, 3, 4, 5, 6};
        assertArrayEquals(new float[] {5, 6, 1, 2}, Minibatches.rows(m, 2, new int[] {2, 0}));
    }

    @Test
    void aMinibatchRenumbersItsSequencesAndKeepsEveryColumn() {
        boolean[] legal = {true, true};
        DecisionBatch batch = new DecisionBatch(new boolean[][] {legal, legal, legal, legal}, new int[] {0, 1, 1, 0},
                new double[] {-0.1, -0.2, -0.3, -0.4}, new double[] {-1, -2, -3, -4}, new double[] {1, 2, 3, 4},
                new int[] {0, 0, 3, 2});
        DecisionBatch part = batch.rows(new int[] {3, 2, 0});
        assertArrayEquals(new int[] {0, 1, 0}, part.actions());
        assertArrayEquals(new double[] {-0.4, -0.3, -0.1}, part.logpOld());
        assertArrayEquals(new double[] {-4, -3, -1}, part.logpRef());
        assertArrayEquals(new double[] {4, 3, 1}, part.advantages());
        assertArrayEquals(new int[] {0, 1, 2}, part.sequenceOf());
        // Weights computed on the minibatch alone: three sequences of one decision each.
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3},
                GrpoLoss.weights(part.sequenceOf(), LossType.GRPO, 1), 1e-15);
    }
}
