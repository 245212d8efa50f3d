package org.cyberselfplay.server.mcp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.HostSpec;
import org.cyberselfplay.server.protocol.Json;

/**
 * The MCP tool list of a side in a scenario: one tool per game tool, whose {@code inputSchema} takes
 * {@code target} (enum: the inventory's host names) for targeted tools, {@code required_tool} (enum: the
 * Blue tools) for {@code execute_instruction}, and an optional {@code rationale}. Lists are built once per
 * scenario and sides and shared (never mutated). Thread-safe.
 */
public final class ToolCatalog {
    /** Argument name of the target host. */
    public static final String TARGET = "target";
    /** Argument name of the claimed instruction tool. */
    public static final String REQUIRED_TOOL = Tool.REQUIRED_TOOL_PARAM;
    /** Argument name of the free-text rationale. */
    public static final String RATIONALE = "rationale";

    private record Key(Scenario scenario, List<Actor> sides) {
    }

    private final ConcurrentMap<Key, ArrayNode> cache = new ConcurrentHashMap<>();

    /** The tools of {@code sides} (in that order) for {@code scenario}; do not modify the result. */
    public ArrayNode tools(Scenario scenario, List<Actor> sides) {
        return cache.computeIfAbsent(new Key(scenario, List.copyOf(sides)), k -> build(k.scenario(), k.sides()));
    }

    /** The argument names {@code tool} accepts, for error messages. */
    public static List<String> argumentNames(Tool tool) {
        if (tool.targeted()) {
            return List.of(TARGET, RATIONALE);
        }
        return tool == Tool.EXECUTE_INSTRUCTION ? List.of(REQUIRED_TOOL, RATIONALE) : List.of(RATIONALE);
    }

    private static ArrayNode build(Scenario scenario, List<Actor> sides) {
        ArrayNode tools = Json.array();
        for (Actor side : sides) {
            for (Tool t : Tool.of(side)) {
                ObjectNode n = tools.addObject();
                n.put("name", t.wireName());
                n.put("title", t.wireName().replace('_', ' '));
                n.put("description", (sides.size() > 1 ? "[" + side + "] " : "") + ToolDescriptions.of(t));
                n.set("inputSchema", inputSchema(t, scenario));
            }
        }
        return tools;
    }

    private static ObjectNode inputSchema(Tool tool, Scenario scenario) {
        ObjectNode s = Json.object();
        s.put("type", "object");
        ObjectNode props = s.putObject("properties");
        ArrayNode required = Json.array();
        if (tool.targeted()) {
            ObjectNode target = props.putObject(TARGET);
            target.put("type", "string");
            target.put("description", "A host from the scenario's inventory.");
            ArrayNode hosts = target.putArray("enum");
            for (HostSpec h : scenario.hosts()) {
                hosts.add(h.name());
            }
            required.add(TARGET);
        } else if (tool == Tool.EXECUTE_INSTRUCTION) {
            ObjectNode claimed = props.putObject(REQUIRED_TOOL);
            claimed.put("type", "string");
            claimed.put("description", "The Blue tool the current playbook instruction requires.");
            ArrayNode names = claimed.putArray("enum");
            Tool.of(Actor.BLUE).forEach(b -> names.add(b.wireName()));
            required.add(REQUIRED_TOOL);
        }
        ObjectNode rationale = props.putObject(RATIONALE);
        rationale.put("type", "string");
        rationale.put("description", "Why you take this action (optional, for logs).");
        s.set("required", required);
        s.put("additionalProperties", false);
        return s;
    }
}
