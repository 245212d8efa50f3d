package org.cyberselfplay.league.rating;

import java.util.Objects;

/**
 * Where the Elo scale sits: the Bradley-Terry likelihood fixes only rating differences.
 */
public sealed interface EloAnchor permits EloAnchor.Mean, EloAnchor.Entry {
    /** The customary anchor: the mean rating is 1000. */
    static EloAnchor meanOf1000() {
        return new Mean(1000.0);
    }

    /** The mean rating over all entries is {@code rating}. */
    record Mean(double rating) implements EloAnchor {
        public Mean {
            requireFinite(rating);
        }
    }

    /**
     * One named entry has {@code rating}, e.g. a fixed scripted archetype, so that the other ratings stay
     * comparable across rounds as entries join.
     */
    record Entry(String id, double rating) implements EloAnchor {
        public Entry {
            Objects.requireNonNull(id, "id");
            requireFinite(rating);
        }
    }

    private static void requireFinite(double rating) {
        if (!Double.isFinite(rating)) {
            throw new IllegalArgumentException("anchor rating must be finite, got " + rating);
        }
    }
}
