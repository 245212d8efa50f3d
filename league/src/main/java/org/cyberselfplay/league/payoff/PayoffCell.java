package org.cyberselfplay.league.payoff;

import java.util.Optional;
import java.util.OptionalDouble;
import org.cyberselfplay.league.stats.WilsonInterval;

/**
 * The decayed results of one Blue entry against one Red entry. Counts are real numbers because
 * {@link PayoffTable#decay} scales them; {@code wins} may also hold halves if a caller scores draws that way.
 *
 * @param wins        Blue's (decayed) wins, in [0, episodes]
 * @param episodes    (decayed) episodes, {@code >= 0}; 0 means no results
 * @param returnSum   sum of Blue's episode returns
 * @param returnSqSum sum of the squares of Blue's episode returns, {@code >= 0}
 */
public record PayoffCell(double wins, double episodes, double returnSum, double returnSqSum) {
    /** A cell with no results. */
    public static final PayoffCell EMPTY = new PayoffCell(0, 0, 0, 0);

    /** Relative slack for the Cauchy-Schwarz check, which decay and summation round. */
    private static final double SLACK = 1e-9;

    public PayoffCell {
        if (!Double.isFinite(wins) || !Double.isFinite(episodes) || !Double.isFinite(returnSum)
                || !Double.isFinite(returnSqSum)) {
            throw new IllegalArgumentException("payoff counts must be finite, got wins " + wins + ", episodes "
                    + episodes + ", returnSum " + returnSum + ", returnSqSum " + returnSqSum);
        }
        if (episodes < 0 || wins < 0 || wins > episodes) {
            throw new IllegalArgumentException("need 0 <= wins <= episodes, got " + wins + " of " + episodes);
        }
        if (returnSqSum < 0) {
            throw new IllegalArgumentException("returnSqSum must be >= 0, got " + returnSqSum);
        }
        // (sum x)^2 <= n * sum x^2 holds for any real returns; failing it means swapped or corrupt sums.
        if (returnSum * returnSum > episodes * returnSqSum * (1 + SLACK) + SLACK) {
            throw new IllegalArgumentException("returnSum " + returnSum + " is impossible with " + episodes
                    + " episodes and returnSqSum " + returnSqSum + " (need returnSum^2 <= episodes * returnSqSum)");
        }
    }

    /** Blue's win rate {@code wins / episodes}, without any prior; empty when the cell has no results. */
    public OptionalDouble winRate() {
        return episodes > 0 ? OptionalDouble.of(wins / episodes) : OptionalDouble.empty();
    }

    /** Blue's mean return; empty when the cell has no results. */
    public OptionalDouble meanReturn() {
        return episodes > 0 ? OptionalDouble.of(returnSum / episodes) : OptionalDouble.empty();
    }

    /**
     * The 95 % Wilson interval of Blue's win rate. Decayed counts are not integers, so the interval uses the
     * effective sample size {@code n = round(episodes)} (half up) and {@code k = round(winRate * n)}: the
     * rate is kept as closely as an integer count allows and decayed evidence gives a correspondingly wider
     * interval. Empty when {@code n} rounds to 0.
     */
    public Optional<WilsonInterval> wilson() {
        long n = Math.round(episodes);
        if (n < 1) {
            return Optional.empty();
        }
        long k = Math.min(n, Math.round(wins / episodes * n));
        return Optional.of(WilsonInterval.of(k, n));
    }

    /** This cell with {@code other}'s counts added. */
    public PayoffCell plus(PayoffCell other) {
        return new PayoffCell(wins + other.wins, episodes + other.episodes, returnSum + other.returnSum,
                returnSqSum + other.returnSqSum);
    }

    /**
     * This cell with every count multiplied by {@code factor}.
     *
     * @throws IllegalArgumentException when {@code factor} is not in (0, 1]
     */
    public PayoffCell scaled(double factor) {
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("decay factor must be in (0, 1], got " + factor);
        }
        return new PayoffCell(wins * factor, episodes * factor, returnSum * factor, returnSqSum * factor);
    }
}
