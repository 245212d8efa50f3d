package org.cyberselfplay.agents.scripted.red;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.config.Bounds;
import org.cyberselfplay.env.config.ConfigReader;
import org.cyberselfplay.env.config.YamlTrees;

/**
 * Turns archetype YAML into an {@link Archetype}, collecting every problem of the file before throwing.
 * Problems name the rule by {@code rules[i]}, followed by its name in parentheses when it has one:
 * {@code rules[0] (exfiltrate).target: unknown selector "x"; accepted: ...}. Stateless.
 */
final class ArchetypeReader {
    static final List<String> TOP_KEYS = List.of("name", "description", "rules", "fallback");
    static final List<String> RULE_KEYS = List.of("name", "when", "tool", "target", "probability");
    static final String RANDOM_FALLBACK = "random";

    private ArchetypeReader() {
    }

    /**
     * Parses and validates one archetype document.
     *
     * @param source      names the text in problems (a file path or {@code built-in <name>})
     * @param defaultName the archetype's name when the document sets none
     * @throws ArchetypeException listing every problem found
     */
    static Archetype read(String yaml, String source, String defaultName) {
        JsonNode tree;
        try {
            tree = YamlTrees.parse(yaml);
        } catch (JacksonException e) {
            throw new ArchetypeException(source, List.of(YamlTrees.describe(e)), e);
        }
        if (!tree.isObject()) {
            throw new ArchetypeException(source, List.of(tree.isMissingNode() || tree.isNull()
                    ? "the file is empty; expected a map with name, description, rules and fallback"
                    : "expected a map with name, description, rules and fallback at the top level, got "
                    + ConfigReader.describe(tree)));
        }
        ConfigReader top = ConfigReader.of(tree);
        top.allowOnly(TOP_KEYS);
        String name = name(top, defaultName);
        String description = top.string("description", "");
        List<String> ruleNames = new ArrayList<>();
        List<Rule> rules = rules(top, ruleNames);
        Optional<Tool> fallback = fallback(top);
        if (!top.ok()) {
            throw new ArchetypeException(source, labelled(top.problems(), ruleNames));
        }
        return new Archetype(name, description, rules, fallback);
    }

    private static String name(ConfigReader top, String defaultName) {
        if (!top.has("name")) {
            return defaultName;
        }
        String name = top.string("name");
        if (name.isBlank() && top.child("name").node().isTextual()) {
            top.reportAt("name", "must not be blank");
        } else if (name.contains("@")) {
            top.reportAt("name", "must not contain \"@\" (it separates a noise level, as in blitz@0.2), got \""
                    + name + "\"");
        }
        return name;
    }

    private static List<Rule> rules(ConfigReader top, List<String> ruleNames) {
        List<Rule> rules = new ArrayList<>();
        Map<String, String> firstSeenAt = new HashMap<>();
        List<ConfigReader> items = top.list("rules");
        for (int i = 0; i < items.size(); i++) {
            ConfigReader r = items.get(i).asMap();
            r.allowOnly(RULE_KEYS);
            String ruleName = ruleName(r, firstSeenAt);
            ruleNames.add(ruleName);
            List<Condition> when = conditions(r.optionalMap("when"));
            Optional<Tool> tool = tool(r.child("tool"));
            List<Selector> target = target(r, tool);
            double probability = r.number("probability", Bounds.UNIT, 1.0);
            if (tool.isPresent() && r.ok()) {
                rules.add(new Rule(ruleName == null ? "rules[" + i + "]" : ruleName, when, tool.get(), target,
                        probability));
            }
        }
        return rules;
    }

    private static String ruleName(ConfigReader r, Map<String, String> firstSeenAt) {
        if (!r.has("name")) {
            return null;
        }
        String name = r.string("name");
        if (!r.child("name").node().isTextual()) {
            return null;
        }
        if (name.isBlank()) {
            r.reportAt("name", "must not be blank");
            return null;
        }
        String first = firstSeenAt.putIfAbsent(name, r.path());
        if (first != null) {
            r.reportAt("name", "duplicate rule name \"" + name + "\" (first at " + first + ")");
        }
        return name;
    }

    private static List<Condition> conditions(ConfigReader when) {
        List<Condition> out = new ArrayList<>();
        for (String key : when.keys()) {
            Optional<Condition.Kind> kind = Condition.Kind.fromWire(key);
            if (kind.isEmpty()) {
                when.reportAt(key, "unknown condition; accepted: " + Condition.Kind.acceptedNames());
                continue;
            }
            ConfigReader value = when.child(key);
            switch (kind.get().type()) {
                case FLAG -> {
                    boolean expected = value.asBoolean();
                    out.add(Condition.flag(kind.get(), expected));
                }
                case COUNT -> {
                    int n = value.asInteger(Bounds.NON_NEGATIVE);
                    out.add(new Condition(kind.get(), Math.max(0, n)));
                }
                case SHARE -> {
                    double x = value.asNumber(Bounds.UNIT);
                    out.add(new Condition(kind.get(), Bounds.UNIT.contains(x) ? x : 0));
                }
                default -> throw new IllegalStateException("unhandled condition type " + kind.get().type());
            }
        }
        return out;
    }

    private static Optional<Tool> tool(ConfigReader r) {
        String name = r.asString();
        if (!r.node().isTextual()) {
            return Optional.empty();
        }
        Optional<Tool> tool = Tool.fromWire(name);
        if (tool.isEmpty()) {
            r.report("unknown Red tool \"" + name + "\"; accepted: " + Tool.acceptedNames(Actor.RED));
            return Optional.empty();
        }
        if (tool.get().side() != Actor.RED) {
            r.report("\"" + name + "\" is a Blue tool; accepted: " + Tool.acceptedNames(Actor.RED));
            return Optional.empty();
        }
        return tool;
    }

    private static List<Selector> target(ConfigReader rule, Optional<Tool> tool) {
        if (!rule.has("target")) {
            if (tool.isPresent() && tool.get().targeted()) {
                rule.reportAt("target", "is required: " + tool.get() + " takes a target; accepted selectors: "
                        + Selector.acceptedNames());
            }
            return List.of();
        }
        ConfigReader target = rule.child("target");
        if (tool.isPresent() && !tool.get().targeted()) {
            target.report(tool.get() + " takes no target");
            return List.of();
        }
        List<ConfigReader> items = target.node().isArray() ? target.asList() : List.of(target);
        if (target.node().isArray() && items.isEmpty()) {
            target.report("must name at least one selector; accepted: " + Selector.acceptedNames());
        }
        List<Selector> out = new ArrayList<>();
        for (ConfigReader item : items) {
            String name = item.asString();
            if (!item.node().isTextual()) {
                continue;
            }
            Optional<Selector> selector = Selector.fromWire(name);
            if (selector.isEmpty()) {
                item.report("unknown selector \"" + name + "\"; accepted: " + Selector.acceptedNames());
            } else {
                out.add(selector.get());
            }
        }
        return out;
    }

    private static Optional<Tool> fallback(ConfigReader top) {
        if (!top.has("fallback")) {
            return Optional.empty();
        }
        ConfigReader r = top.child("fallback");
        String name = r.asString();
        if (!r.node().isTextual() || name.equals(RANDOM_FALLBACK)) {
            return Optional.empty();
        }
        Optional<Tool> tool = Tool.fromWire(name).filter(t -> t.side() == Actor.RED);
        if (tool.isEmpty()) {
            r.report("unknown fallback \"" + name + "\"; accepted: " + RANDOM_FALLBACK + ", "
                    + Tool.acceptedNames(Actor.RED));
        }
        return tool;
    }

    /** Problems with each rule's name after its index: {@code rules[2].tool} becomes {@code rules[2] (stage).tool}. */
    static List<String> labelled(List<String> problems, List<String> ruleNames) {
        List<String> out = new ArrayList<>(problems.size());
        for (String p : problems) {
            String fixed = p;
            for (int i = 0; i < ruleNames.size(); i++) {
                String prefix = "rules[" + i + "]";
                if (ruleNames.get(i) != null && p.startsWith(prefix) && p.length() > prefix.length()
                        && (p.charAt(prefix.length()) == '.' || p.charAt(prefix.length()) == ':')) {
                    fixed = prefix + " (" + ruleNames.get(i) + ")" + p.substring(prefix.length());
                    break;
                }
            }
            out.add(fixed);
        }
        return out;
    }
}
