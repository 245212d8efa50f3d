package org.cyberselfplay.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.server.protocol.Json;

/**
 * The JSON Schemas (draft 2020-12) of what travels on the wire: the action (built from {@link Tool}, so its
 * enums never drift), the observation object and the state (shipped as resources). Each call returns a new
 * tree that the caller may modify.
 */
public final class SchemaDocuments {
    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final String RESOURCES = "/org/cyberselfplay/server/schema/";

    private SchemaDocuments() {
    }

    /** The schema of an action {@code {actor, tool_name, target, params, rationale}}. */
    public static ObjectNode action() {
        ObjectNode s = Json.object();
        s.put("$schema", DIALECT);
        s.put("$id", "urn:cyberselfplay:schema:action");
        s.put("title", "CyberAction");
        s.put("description", "One move. A targeted tool needs a target host from the scenario's inventory; "
                + "execute_instruction needs params.required_tool. actor defaults to the side the session expects.");
        s.put("type", "object");
        ObjectNode p = s.putObject("properties");
        ObjectNode actor = p.putObject("actor");
        actor.putArray("type").add("string").add("null");
        actor.putArray("enum").add(Actor.BLUE.wireName()).add(Actor.RED.wireName()).addNull();
        ObjectNode tool = p.putObject("tool_name");
        tool.put("type", "string");
        ArrayNode tools = tool.putArray("enum");
        for (Tool t : Tool.values()) {
            tools.add(t.wireName());
        }
        ObjectNode target = p.putObject("target");
        target.putArray("type").add("string").add("null");
        target.put("description", "A host name from the scenario's inventory (see the observation's hosts or targets).");
        ObjectNode params = p.putObject("params");
        params.putArray("type").add("object").add("null");
        ObjectNode required = params.putObject("properties").putObject(Tool.REQUIRED_TOOL_PARAM);
        required.put("type", "string");
        ArrayNode blue = required.putArray("enum");
        Tool.of(Actor.BLUE).forEach(t -> blue.add(t.wireName()));
        params.putObject("additionalProperties").put("type", "string");
        p.putObject("rationale").putArray("type").add("string").add("null");
        p.putObject("metadata").put("type", "object").put("description", "Accepted and ignored (OpenEnv's base action field).");
        s.putArray("required").add("tool_name");
        s.put("additionalProperties", false);
        conditions(s.putArray("allOf"));
        return s;
    }

    /** Targeted tools need a target; execute_instruction needs params.required_tool. */
    private static void conditions(ArrayNode all) {
        ObjectNode targeted = all.addObject();
        ObjectNode ifTargeted = targeted.putObject("if");
        ArrayNode targetedTools = ifTargeted.putObject("properties").putObject("tool_name").putArray("enum");
        for (Tool t : Tool.values()) {
            if (t.targeted()) {
                targetedTools.add(t.wireName());
            }
        }
        ifTargeted.putArray("required").add("tool_name");
        ObjectNode then = targeted.putObject("then");
        then.putArray("required").add("target");
        then.putObject("properties").putObject("target").put("type", "string").put("minLength", 1);
        ObjectNode instruction = all.addObject();
        ObjectNode ifInstruction = instruction.putObject("if");
        ifInstruction.putObject("properties").putObject("tool_name").put("const", Tool.EXECUTE_INSTRUCTION.wireName());
        ifInstruction.putArray("required").add("tool_name");
        ObjectNode then2 = instruction.putObject("then");
        then2.putArray("required").add("params");
        ObjectNode paramsThen = then2.putObject("properties").putObject("params");
        paramsThen.put("type", "object");
        paramsThen.putArray("required").add(Tool.REQUIRED_TOOL_PARAM);
    }

    /** The schema of the observation object inside OpenEnv's step result. */
    public static ObjectNode observation() {
        return resource("observation.schema.json");
    }

    /** The schema of a session's state. */
    public static ObjectNode state() {
        return resource("state.schema.json");
    }

    private static ObjectNode resource(String name) {
        try (InputStream in = SchemaDocuments.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCES + name + " is missing from the server jar");
            }
            return (ObjectNode) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
