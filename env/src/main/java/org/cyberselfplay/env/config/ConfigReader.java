package org.cyberselfplay.env.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads a parsed config tree field by field, tracks the dotted path of every value
 * ({@code mission.required}, {@code hosts[3].zone}) and collects problems instead of stopping at the
 * first one, so a user sees everything wrong with a file at once.
 *
 * <p>Problems read {@code <path>: <what is wrong>}, e.g. {@code red.exfil_success: must be in [0, 1], got 1.5},
 * {@code reward.blue.false_positive: expected a number, got "x"}, {@code mission.required: is required}.
 *
 * <p>Contract: a read that records a problem still returns a value, but it is a placeholder; callers
 * check {@link #ok()} before building anything from the values read. Once a section is missing or of
 * the wrong type, the reader returned for it is <em>silent</em>: reads below it record nothing more, so
 * one mistake gives one problem. An optional key whose value is null counts as absent.
 *
 * <p>All readers derived from one {@link #of(JsonNode) root} share its problem list. Not thread-safe.
 */
public final class ConfigReader {
    private static final int MAX_SHOWN_CHARS = 60;

    private final JsonNode node;
    private final String path;
    private final List<String> problems;
    private final boolean silent;

    private ConfigReader(JsonNode node, String path, List<String> problems, boolean silent) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.silent = silent;
    }

    /** A reader over a document's root, with an empty problem list; a null root reads as missing. */
    public static ConfigReader of(JsonNode root) {
        return new ConfigReader(root == null ? MissingNode.getInstance() : root, "", new ArrayList<>(), false);
    }

    /** The node read (a {@code MissingNode} for an absent key). */
    public JsonNode node() {
        return node;
    }

    /** The dotted path of this node; empty at the root. */
    public String path() {
        return path;
    }

    /** The dotted path of one key below this node. */
    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Whether no problem has been recorded so far, anywhere in the tree. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** The problems recorded so far, in the order found (an unmodifiable copy). */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Records {@code <path>: message} unless this reader is silent. */
    public void report(String message) {
        if (!silent) {
            problems.add(path.isEmpty() ? message : path + ": " + message);
        }
    }

    /** Records {@code <path>.<key>: message} unless this reader is silent. */
    public void reportAt(String key, String message) {
        child(key).report(message);
    }

    /** Whether this map holds {@code key} with a non-null value. */
    public boolean has(String key) {
        JsonNode value = node.isObject() ? node.get(key) : null;
        return value != null && !value.isNull();
    }

    /** This map's keys in document order; empty when this is not a map. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                keys.add(entry.getKey());
            }
        }
        return keys;
    }

    /** Records {@code <path>.<key>: unknown key; accepted keys: a, b, c} for every key not in {@code accepted}. */
    public void allowOnly(Collection<String> accepted) {
        for (String key : keys()) {
            if (!accepted.contains(key)) {
                reportAt(key, "unknown key; accepted keys: " + String.join(", ", accepted));
            }
        }
    }

    /** A reader over {@code key}'s value, whatever its type; a missing node when absent. */
    public ConfigReader child(String key) {
        JsonNode value = node.isObject() ? node.get(key) : null;
        return new ConfigReader(value == null ? MissingNode.getInstance() : value, pathOf(key), problems, silent);
    }

    /** A required map below this one. */
    public ConfigReader map(String key) {
        return child(key).asMap();
    }

    /** An optional map below this one; when absent, a reader over an empty map (all its reads fall back). */
    public ConfigReader optionalMap(String key) {
        if (has(key)) {
            return child(key).asMap();
        }
        return new ConfigReader(JsonNodeFactory.instance.objectNode(), pathOf(key), problems, silent);
    }

    /** The elements of a required list below this one; empty after a problem. */
    public List<ConfigReader> list(String key) {
        return child(key).asList();
    }

    /** A required string. */
    public String string(String key) {
        return child(key).asString();
    }

    /** An optional string. */
    public String string(String key, String fallback) {
        return has(key) ? string(key) : fallback;
    }

    /** A required number within {@code bounds}; integers are numbers too. */
    public double number(String key, Bounds bounds) {
        return child(key).asNumber(bounds);
    }

    /** An optional number within {@code bounds}. */
    public double number(String key, Bounds bounds, double fallback) {
        return has(key) ? number(key, bounds) : fallback;
    }

    /** A required 32-bit integer within {@code bounds} ({@code 1.5} and {@code 2.0} are not integers). */
    public int integer(String key, Bounds bounds) {
        return child(key).asInteger(bounds);
    }

    /** An optional integer within {@code bounds}. */
    public int integer(String key, Bounds bounds, int fallback) {
        return has(key) ? integer(key, bounds) : fallback;
    }

    /** A required boolean. */
    public boolean bool(String key) {
        return child(key).asBoolean();
    }

    /** An optional boolean. */
    public boolean bool(String key, boolean fallback) {
        return has(key) ? bool(key) : fallback;
    }

    /** This node as a map: itself if it is one, else a silent reader after recording the problem. */
    public ConfigReader asMap() {
        return expect(node.isObject(), "a map") ? this : new ConfigReader(node, path, problems, true);
    }

    /** This node's elements, each with path {@code <path>[i]}; empty after a problem. */
    public List<ConfigReader> asList() {
        if (!expect(node.isArray(), "a list")) {
            return List.of();
        }
        List<ConfigReader> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            items.add(new ConfigReader(node.get(i), path + "[" + i + "]", problems, silent));
        }
        return items;
    }

    /** This node as a string; {@code ""} after a problem. */
    public String asString() {
        return expect(node.isTextual(), "a string") ? node.textValue() : "";
    }

    /** This node as a number within {@code bounds}; {@code 0} after a type problem. */
    public double asNumber(Bounds bounds) {
        if (!expect(node.isNumber(), "a number")) {
            return 0.0;
        }
        double value = node.doubleValue();
        if (!bounds.contains(value)) {
            report(bounds.describe() + ", got " + describe(node));
        }
        return value;
    }

    /** This node as an integer within {@code bounds}; {@code 0} after a type problem. */
    public int asInteger(Bounds bounds) {
        if (!expect(node.isIntegralNumber(), "an integer")) {
            return 0;
        }
        if (!node.canConvertToInt()) {
            report("expected a 32-bit integer, got " + describe(node));
            return 0;
        }
        int value = node.intValue();
        if (!bounds.contains(value)) {
            report(bounds.describe() + ", got " + describe(node));
        }
        return value;
    }

    /** This node as a boolean; {@code false} after a problem. */
    public boolean asBoolean() {
        return expect(node.isBoolean(), "true or false") && node.booleanValue();
    }

    /**
     * A value as problems show it: strings quoted ({@code "x"}), numbers and booleans as written,
     * {@code null}, {@code a map}, {@code a list}; long values are shortened.
     */
    public static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "a map";
        }
        if (value.isArray()) {
            return "a list";
        }
        String shown = value.isTextual() ? value.toString() : value.asText();
        return shown.length() <= MAX_SHOWN_CHARS ? shown : shown.substring(0, MAX_SHOWN_CHARS) + "...";
    }

    private boolean expect(boolean typeOk, String expected) {
        if (silent) {
            return false;
        }
        if (node.isMissingNode()) {
            report("is required");
            return false;
        }
        if (!typeOk) {
            report("expected " + expected + ", got " + describe(node));
            return false;
        }
        return true;
    }
}
