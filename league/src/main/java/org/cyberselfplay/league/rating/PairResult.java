package org.cyberselfplay.league.rating;

import java.util.Objects;

/**
 * Games between two entries, from {@code a}'s side. Counts are real so that decayed results and draws
 * (half a win each) fit.
 *
 * @param a     one entry's id
 * @param b     the other entry's id, different from {@code a}
 * @param winsA {@code a}'s wins, in [0, games]
 * @param games games played, finite and {@code > 0}
 */
public record PairResult(String a, String b, double winsA, double games) {
    public PairResult {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a pair result needs two different entries, got " + a + " twice");
        }
        if (!(games > 0) || Double.isInfinite(games)) {
            throw new IllegalArgumentException(a + " vs " + b + ": games must be a finite number > 0, got " + games);
        }
        if (!(winsA >= 0 && winsA <= games)) {
            throw new IllegalArgumentException(a + " vs " + b + ": wins must be in [0, " + games + "], got " + winsA);
        }
    }
}
