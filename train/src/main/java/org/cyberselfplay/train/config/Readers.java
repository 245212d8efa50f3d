package org.cyberselfplay.train.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cyberselfplay.env.config.Bounds;
import org.cyberselfplay.env.config.ConfigReader;

/**
 * Reads that {@link ConfigReader} lacks: 64-bit integers, closed choices by wire name, and lists of numbers
 * or strings. Problems use the same wording and paths as {@link ConfigReader}'s own, and the same contract:
 * a read that records a problem returns a placeholder (the fallback).
 */
final class Readers {
    private Readers() {
    }

    /** An optional 64-bit integer. */
    static long longValue(ConfigReader r, String key, long fallback) {
        if (!r.has(key)) {
            return fallback;
        }
        ConfigReader c = r.child(key);
        JsonNode node = c.node();
        if (!node.isIntegralNumber()) {
            c.report("expected an integer, got " + ConfigReader.describe(node));
            return fallback;
        }
        if (!node.canConvertToLong()) {
            c.report("expected a 64-bit integer, got " + ConfigReader.describe(node));
            return fallback;
        }
        return node.longValue();
    }

    /** An optional choice from {@code values}, matched exactly by {@code wireName}. */
    static <E> E choice(ConfigReader r, String key, List<E> values, Function<E, String> wireName, E fallback) {
        if (!r.has(key)) {
            return fallback;
        }
        ConfigReader c = r.child(key);
        String text = c.asString();
        if (!c.node().isTextual()) {
            return fallback;
        }
        for (E value : values) {
            if (wireName.apply(value).equals(text)) {
                return value;
            }
        }
        c.report("must be one of " + String.join(", ", values.stream().map(wireName).toList()) + ", got "
                + ConfigReader.describe(c.node()));
        return fallback;
    }

    /** An optional list of 32-bit integers, each within {@code bounds}. */
    static List<Integer> integers(ConfigReader r, String key, Bounds bounds, List<Integer> fallback) {
        if (!r.has(key)) {
            return fallback;
        }
        List<Integer> out = new ArrayList<>();
        for (ConfigReader item : r.list(key)) {
            out.add(item.asInteger(bounds));
        }
        return out;
    }

    /** An optional list of numbers, each within {@code bounds}. */
    static List<Double> numbers(ConfigReader r, String key, Bounds bounds, List<Double> fallback) {
        if (!r.has(key)) {
            return fallback;
        }
        List<Double> out = new ArrayList<>();
        for (ConfigReader item : r.list(key)) {
            out.add(item.asNumber(bounds));
        }
        return out;
    }

    /** The elements of an optional list of strings, each read as not blank; {@code fallback} when absent. */
    static List<String> strings(ConfigReader r, String key, List<String> fallback) {
        if (!r.has(key)) {
            return fallback;
        }
        List<String> out = new ArrayList<>();
        for (ConfigReader item : r.list(key)) {
            out.add(nonBlank(item));
        }
        return out;
    }

    /** This node as a string that is not blank; {@code ""} after a problem. */
    static String nonBlank(ConfigReader item) {
        String text = item.asString();
        if (item.node().isTextual() && text.isBlank()) {
            item.report("must not be blank");
        }
        return text;
    }

    /** An optional string that is not blank. */
    static String nonBlank(ConfigReader r, String key, String fallback) {
        return r.has(key) ? nonBlank(r.child(key)) : fallback;
    }
}
