package org.cyberselfplay.agents.scripted.red;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cyberselfplay.env.config.Bounds;

/**
 * One {@code when:} entry of a rule: a predicate over Red's observation ({@link RedFacts}) and its value.
 *
 * <p>Every condition has its complement in the vocabulary, so no separate negation syntax exists: a flag
 * takes {@code true} (it holds) or {@code false} (it does not), thresholds come in {@code _at_least} /
 * {@code _below} pairs, and {@code zone_taken} pairs with {@code zone_open}.
 *
 * @param kind  what is tested
 * @param value the value written in the file: 1 or 0 for flags, else the threshold or zone index
 */
public record Condition(Kind kind, double value) {

    /** How a condition's value is written. */
    public enum Type {
        /** {@code true} or {@code false}. */
        FLAG,
        /** An integer {@code >= 0}. */
        COUNT,
        /** A number in [0, 1]. */
        SHARE
    }

    /** The condition vocabulary, with wire names. */
    public enum Kind {
        HAS_FOOTHOLD("has_foothold", Type.FLAG),
        HAS_ADMIN("has_admin", Type.FLAG),
        HAS_CREDENTIALS("has_credentials", Type.FLAG),
        READY_STAGED("ready_staged", Type.FLAG),
        STAGING("staging", Type.FLAG),
        ADMIN_ON_HIGH_VALUE("admin_on_high_value", Type.FLAG),
        FOOTHOLD_ON_HIGH_VALUE("foothold_on_high_value", Type.FLAG),
        KNOWN_HIGH_VALUE("known_high_value", Type.FLAG),
        STEALTHY("stealthy", Type.FLAG),
        UNKNOWN_NEXT_ZONE("unknown_next_zone", Type.FLAG),
        TURN_AT_LEAST("turn_at_least", Type.COUNT),
        TURN_BELOW("turn_below", Type.COUNT),
        PROGRESS_AT_LEAST("progress_at_least", Type.SHARE),
        PROGRESS_BELOW("progress_below", Type.SHARE),
        DETECTION_PRESSURE_AT_LEAST("detection_pressure_at_least", Type.SHARE),
        DETECTION_PRESSURE_BELOW("detection_pressure_below", Type.SHARE),
        FOOTHOLDS_AT_LEAST("footholds_at_least", Type.COUNT),
        FOOTHOLDS_BELOW("footholds_below", Type.COUNT),
        DEEPEST_FOOTHOLD_ZONE_AT_LEAST("deepest_foothold_zone_at_least", Type.COUNT),
        DEEPEST_FOOTHOLD_ZONE_BELOW("deepest_foothold_zone_below", Type.COUNT),
        ZONE_TAKEN("zone_taken", Type.COUNT),
        ZONE_OPEN("zone_open", Type.COUNT);

        private final String wireName;
        private final Type type;

        Kind(String wireName, Type type) {
            this.wireName = wireName;
            this.type = type;
        }

        public String wireName() {
            return wireName;
        }

        public Type type() {
            return type;
        }

        /** Looks a condition up by wire name; empty if unknown. */
        public static Optional<Kind> fromWire(String name) {
            return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
        }

        /** The wire names, comma-separated, for error messages. */
        public static String acceptedNames() {
            return Arrays.stream(values()).map(Kind::wireName).collect(Collectors.joining(", "));
        }
    }

    public Condition {
        if (kind.type == Type.FLAG ? value != 0 && value != 1
                : kind.type == Type.SHARE ? !Bounds.UNIT.contains(value) : value < 0 || value != Math.rint(value)) {
            throw new IllegalArgumentException(kind.wireName + " does not accept " + value);
        }
    }

    /** A flag condition that must hold ({@code true}) or must not ({@code false}). */
    public static Condition flag(Kind kind, boolean expected) {
        return new Condition(kind, expected ? 1 : 0);
    }

    /** Whether the condition holds for these facts. */
    boolean holds(RedFacts f) {
        return switch (kind) {
            case HAS_FOOTHOLD -> flag(f.footholds != 0);
            case HAS_ADMIN -> flag(f.admin != 0);
            case HAS_CREDENTIALS -> flag(f.credentials != 0);
            case READY_STAGED -> flag(f.ready != 0);
            case STAGING -> flag(f.staging != 0);
            case ADMIN_ON_HIGH_VALUE -> flag((f.admin & f.highValue) != 0);
            case FOOTHOLD_ON_HIGH_VALUE -> flag((f.footholds & f.highValue) != 0);
            case KNOWN_HIGH_VALUE -> flag(f.highValue != 0);
            case STEALTHY -> flag(f.stealthy);
            case UNKNOWN_NEXT_ZONE -> flag(f.unknownNextZone());
            case TURN_AT_LEAST -> f.turn >= value;
            case TURN_BELOW -> f.turn < value;
            case PROGRESS_AT_LEAST -> f.progress >= value;
            case PROGRESS_BELOW -> f.progress < value;
            case DETECTION_PRESSURE_AT_LEAST -> f.detectionPressure >= value;
            case DETECTION_PRESSURE_BELOW -> f.detectionPressure < value;
            case FOOTHOLDS_AT_LEAST -> Long.bitCount(f.footholds) >= value;
            case FOOTHOLDS_BELOW -> Long.bitCount(f.footholds) < value;
            case DEEPEST_FOOTHOLD_ZONE_AT_LEAST -> f.deepestFootholdZone >= value;
            case DEEPEST_FOOTHOLD_ZONE_BELOW -> f.deepestFootholdZone < value;
            case ZONE_TAKEN -> f.openInZone((int) value) == 0;
            case ZONE_OPEN -> f.openInZone((int) value) != 0;
        };
    }

    private boolean flag(boolean fact) {
        return fact == (value != 0);
    }

    /** The condition as written in a file, e.g. {@code ready_staged: true} or {@code turn_at_least: 30}. */
    @Override
    public String toString() {
        String shown = kind.type == Type.FLAG ? Boolean.toString(value != 0) : Bounds.format(value);
        return kind.wireName + ": " + shown;
    }
}
