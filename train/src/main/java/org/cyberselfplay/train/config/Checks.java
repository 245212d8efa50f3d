package org.cyberselfplay.train.config;

import java.util.Collection;
import java.util.Objects;
import org.cyberselfplay.env.config.Bounds;

/**
 * The invariants the config records' compact constructors enforce. The loader checks the same
 * {@link Bounds} first and reports them with YAML paths; these checks guard records built in code.
 */
final class Checks {
    private Checks() {
    }

    /** {@code value}, after checking it lies within {@code bounds}. */
    static double in(String field, double value, Bounds bounds) {
        if (!bounds.contains(value)) {
            throw new IllegalArgumentException(field + ": " + bounds.describe() + ", got " + value);
        }
        return value;
    }

    /** {@code value}, after checking it lies within {@code bounds}. */
    static int in(String field, int value, Bounds bounds) {
        if (!bounds.contains(value)) {
            throw new IllegalArgumentException(field + ": " + bounds.describe() + ", got " + value);
        }
        return value;
    }

    /** {@code value}, after checking it is neither null nor blank. */
    static String notBlank(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return value;
    }

    /** {@code values}, after checking it has no null element. */
    static <T extends Collection<?>> T noNulls(String field, T values) {
        Objects.requireNonNull(values, field);
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(field + ": must not hold null");
        }
        return values;
    }
}
