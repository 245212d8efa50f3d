package org.cyberselfplay.env.scenario;

/** Invariant checks shared by the scenario records' compact constructors. */
final class Checks {
    private Checks() {
    }

    static void unit(String field, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(field + " must be in [0, 1], got " + value);
        }
    }

    static void positive(String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be > 0, got " + value);
        }
    }

    static void nonNegative(String field, double value) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be >= 0, got " + value);
        }
    }
}
