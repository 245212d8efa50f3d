package org.cyberselfplay.env.config;

/**
 * An interval of accepted numbers for {@link ConfigReader}, with the wording its problems use
 * ({@code must be in [0, 1]}, {@code must be > 0}). Every interval rejects NaN and the infinities,
 * so a config value that passes is always finite.
 *
 * @param min          lower end; {@code Double.NEGATIVE_INFINITY} for none
 * @param minInclusive whether {@code min} itself is accepted
 * @param max          upper end; {@code Double.POSITIVE_INFINITY} for none
 * @param maxInclusive whether {@code max} itself is accepted
 */
public record Bounds(double min, boolean minInclusive, double max, boolean maxInclusive) {
    /** [0, 1]: probabilities, shares, levels. */
    public static final Bounds UNIT = closed(0, 1);
    /** &gt; 0. */
    public static final Bounds POSITIVE = above(0);
    /** &gt;= 0. */
    public static final Bounds NON_NEGATIVE = atLeast(0);
    /** Any finite number. */
    public static final Bounds FINITE = new Bounds(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

    public Bounds {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("bounds need min <= max, got " + min + " and " + max);
        }
    }

    /** [min, max]. */
    public static Bounds closed(double min, double max) {
        return new Bounds(min, true, max, true);
    }

    /** (min, max). */
    public static Bounds open(double min, double max) {
        return new Bounds(min, false, max, false);
    }

    /** [min, infinity). */
    public static Bounds atLeast(double min) {
        return new Bounds(min, true, Double.POSITIVE_INFINITY, false);
    }

    /** (min, infinity). */
    public static Bounds above(double min) {
        return new Bounds(min, false, Double.POSITIVE_INFINITY, false);
    }

    /** Whether {@code value} is finite and inside the interval. */
    public boolean contains(double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        boolean lowOk = minInclusive ? value >= min : value > min;
        boolean highOk = maxInclusive ? value <= max : value < max;
        return lowOk && highOk;
    }

    /** The rule as a problem would state it, e.g. {@code must be in [0, 1]} or {@code must be > 0}. */
    public String describe() {
        boolean hasMin = Double.isFinite(min);
        boolean hasMax = Double.isFinite(max);
        if (hasMin && hasMax) {
            return "must be in " + (minInclusive ? "[" : "(") + format(min) + ", " + format(max)
                    + (maxInclusive ? "]" : ")");
        }
        if (hasMin) {
            return "must be " + (minInclusive ? ">= " : "> ") + format(min);
        }
        if (hasMax) {
            return "must be " + (maxInclusive ? "<= " : "< ") + format(max);
        }
        return "must be a finite number";
    }

    /** A number as a person writes it: {@code 1} rather than {@code 1.0}, {@code 0.25} as is. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
