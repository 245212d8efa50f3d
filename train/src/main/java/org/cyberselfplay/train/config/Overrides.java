package org.cyberselfplay.train.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberselfplay.env.config.ConfigReader;
import org.cyberselfplay.env.config.YamlTrees;

/**
 * Command-line overrides {@code KEY=VALUE} ({@code --set grpo.epsilon=0.3}) applied to a config tree.
 *
 * <p>KEY is a dotted path of names, each optionally followed by list indices: {@code grpo.anti_collapse.tau},
 * {@code opponents[0].weight}. Missing maps on the way are created; an index equal to a list's size appends.
 * An index needs a list written in the config: a list left to its default is set whole
 * ({@code curriculum.scenarios=[small, large]}). VALUE is parsed as YAML, so {@code 0.3} is a number, {@code true} a
 * boolean, {@code blitz} a string and {@code [64, 64]} a list; an empty VALUE (or {@code ~}) removes the
 * setting, so the default applies. A path no config has is not refused here: validation then reports it as
 * an unknown key, like one written in the file. Overrides apply in order; a later one wins.
 */
final class Overrides {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_-]+)((?:\\[\\d{1,9}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final String EXAMPLE = "as in grpo.epsilon=0.3 or opponents[0].weight=2";

    private Overrides() {
    }

    /**
     * One parsed override.
     *
     * @param text  as given
     * @param path  the KEY as given, trimmed
     * @param steps the path: {@code String} keys and {@code Integer} indices
     * @param value the parsed VALUE; a null node to remove the setting
     */
    record Override(String text, String path, List<Object> steps, JsonNode value) {
    }

    /**
     * The outcome of applying overrides.
     *
     * @param tree     the tree with every well-formed override applied
     * @param applied  the overrides applied, in order
     * @param problems the malformed or inapplicable overrides, each {@code --set TEXT: what is wrong}
     */
    record Applied(JsonNode tree, List<Override> applied, List<String> problems) {
    }

    /** Applies {@code overrides} in order to a copy of {@code tree} (which is not changed). */
    static Applied apply(JsonNode tree, List<String> overrides) {
        JsonNode out = tree.deepCopy();
        List<Override> applied = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String text : overrides) {
            try {
                Override o = parse(text);
                if (out instanceof ObjectNode root) {
                    ObjectNode trial = root.deepCopy();
                    set(trial, o);
                    out = trial;
                }
                applied.add(o);
            } catch (IllegalArgumentException e) {
                problems.add("--set " + text + ": " + e.getMessage());
            }
        }
        return new Applied(out, List.copyOf(applied), List.copyOf(problems));
    }

    /**
     * A validation problem with the override that set its value appended, {@code (set by --set KEY=VALUE)},
     * when its path lies on or below (or above) an override's path; the last such override is named.
     */
    static String annotate(String problem, List<Override> applied) {
        int colon = problem.indexOf(": ");
        if (colon <= 0) {
            return problem;
        }
        String path = problem.substring(0, colon);
        for (int i = applied.size() - 1; i >= 0; i--) {
            Override o = applied.get(i);
            if (onPath(path, o.path()) || onPath(o.path(), path)) {
                return problem + " (set by --set " + o.text() + ")";
            }
        }
        return problem;
    }

    static Override parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("expected KEY=VALUE, " + EXAMPLE);
        }
        String path = text.substring(0, eq).strip();
        if (path.isEmpty()) {
            throw new IllegalArgumentException("the KEY before '=' is empty; expected KEY=VALUE, " + EXAMPLE);
        }
        List<Object> steps = steps(path);
        if (steps.get(0).equals("base")) {
            throw new IllegalArgumentException("base cannot be overridden: it is resolved before overrides apply");
        }
        return new Override(text, path, List.copyOf(steps), value(text.substring(eq + 1)));
    }

    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("invalid KEY \"" + path + "\"; expected names joined by '.', each"
                        + " optionally followed by [index], " + EXAMPLE);
            }
            steps.add(m.group(1));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                steps.add(Integer.parseInt(index.group(1)));
            }
        }
        return steps;
    }

    private static JsonNode value(String text) {
        try {
            JsonNode node = YamlTrees.parse(text);
            return node.isMissingNode() ? JsonNodeFactory.instance.nullNode() : node;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("VALUE is not valid YAML: " + YamlTrees.describe(e), e);
        }
    }

    private static void set(ObjectNode root, Override o) {
        JsonNode current = root;
        String at = "";
        List<Object> steps = o.steps();
        for (int i = 0; i < steps.size(); i++) {
            Object step = steps.get(i);
            boolean last = i == steps.size() - 1;
            JsonNode next = last ? o.value() : JsonNodeFactory.instance.objectNode();
            if (step instanceof String key) {
                if (!(current instanceof ObjectNode map)) {
                    throw new IllegalArgumentException(at + " holds " + ConfigReader.describe(current)
                            + ", not a map with key \"" + key + "\"");
                }
                JsonNode existing = map.get(key);
                at = at.isEmpty() ? key : at + "." + key;
                boolean absent = existing == null || existing.isNull();
                if (absent && !last && steps.get(i + 1) instanceof Integer index) {
                    throw new IllegalArgumentException(at + " is not set in the config (its default applies), so ["
                            + index + "] has nothing to index; set the whole list, as in " + at + "=[...]");
                }
                if (last || absent) {
                    map.set(key, next);
                } else {
                    next = existing;
                }
            } else {
                int index = (Integer) step;
                if (!(current instanceof ArrayNode list)) {
                    throw new IllegalArgumentException(at + " holds " + ConfigReader.describe(current)
                            + ", not a list to index with [" + index + "]");
                }
                if (index > list.size()) {
                    throw new IllegalArgumentException(at + " has " + list.size()
                            + (list.size() == 1 ? " entry" : " entries") + "; [" + index
                            + "] is past the end (use [" + list.size() + "] to append)");
                }
                if (index == list.size()) {
                    list.add(next);
                } else if (last || list.get(index).isNull()) {
                    list.set(index, next);
                } else {
                    next = list.get(index);
                }
                at = at + "[" + index + "]";
            }
            current = next;
        }
    }

    /** Whether {@code path} is {@code prefix} or lies below it. */
    private static boolean onPath(String path, String prefix) {
        return path.startsWith(prefix) && (path.length() == prefix.length()
                || path.charAt(prefix.length()) == '.' || path.charAt(prefix.length()) == '[');
    }
}
