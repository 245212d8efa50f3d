package org.cyberselfplay.league.payoff;

import java.util.HashSet;
import java.util.List;

/**
 * A {@link PayoffTable} as a plain value to persist and restore, e.g. with Jackson (records of lists and
 * numbers, no annotations needed).
 *
 * @param blueIds row ids in order
 * @param redIds  column ids in order
 * @param cells   the cells in row-major order: cell (i, j) is at {@code i * redIds.size() + j}
 */
public record PayoffState(List<String> blueIds, List<String> redIds, List<PayoffCell> cells) {
    public PayoffState {
        blueIds = List.copyOf(blueIds);
        redIds = List.copyOf(redIds);
        cells = List.copyOf(cells);
        requireUnique("Blue", blueIds);
        requireUnique("Red", redIds);
        if (cells.size() != blueIds.size() * redIds.size()) {
            throw new IllegalArgumentException("payoff state has " + cells.size() + " cells, need "
                    + blueIds.size() + " Blue x " + redIds.size() + " Red = " + blueIds.size() * redIds.size());
        }
    }

    private static void requireUnique(String side, List<String> ids) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException("payoff state has a repeated " + side + " id in " + ids);
        }
    }
}
