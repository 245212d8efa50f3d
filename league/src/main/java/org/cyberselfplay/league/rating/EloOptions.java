package org.cyberselfplay.league.rating;

import java.util.Objects;

/**
 * How {@link EloRatings#fit} fits.
 *
 * @param priorGames    virtual games each entry plays against a virtual reference entry of fixed strength,
 *                      half of them won: finite and {@code > 0}. They keep an undefeated or winless
 *                      entry's rating finite and the fit unique; their pull is negligible next to many real
 *                      games.
 * @param anchor        where the scale sits
 * @param maxIterations Newton iterations before the fit gives up, {@code >= 1}
 * @param tolerance     convergence threshold on the largest change of a rating between iterations, in Elo
 *                      points, {@code > 0}
 */
public record EloOptions(double priorGames, EloAnchor anchor, int maxIterations, double tolerance) {
    public EloOptions {
        Objects.requireNonNull(anchor, "anchor");
        if (!(priorGames > 0) || Double.isInfinite(priorGames)) {
            throw new IllegalArgumentException("Elo priorGames must be a finite number > 0, got " + priorGames);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("Elo maxIterations must be >= 1, got " + maxIterations);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("Elo tolerance must be > 0, got " + tolerance);
        }
    }

    /** One prior game per entry, mean 1000, up to 200 iterations, converged at 1e-6 points. */
    public static EloOptions defaults() {
        return new EloOptions(1.0, EloAnchor.meanOf1000(), 200, 1e-6);
    }
}
