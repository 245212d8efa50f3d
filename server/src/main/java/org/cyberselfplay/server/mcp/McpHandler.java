package org.cyberselfplay.server.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.server.protocol.FieldError;
import org.cyberselfplay.server.protocol.Json;
import org.cyberselfplay.server.protocol.ProtocolError;
import org.cyberselfplay.server.protocol.Replies;
import org.cyberselfplay.server.session.GameSession;

/**
 * Answers one JSON-RPC 2.0 request: {@code initialize}, {@code ping}, {@code tools/list},
 * {@code tools/call}, and notifications (acknowledged with an empty result, since every message gets one
 * reply). Every outcome is a response object, never an exception: -32600 for a request that is not a
 * JSON-RPC 2.0 object, -32601 for an unknown method, -32602 for an unknown tool or bad arguments, -32603 for
 * an unexpected failure. A move the game refuses is a tool result with {@code isError: true}, as MCP asks.
 * Thread-safe; the session is used by the calling thread only.
 */
public final class McpHandler {
    /** The MCP protocol revision answered when the client names none. */
    public static final String PROTOCOL_VERSION = "2025-06-18";
    private static final Logger LOG = LogManager.getLogger();
    private static final String METHODS = "initialize, ping, tools/list, tools/call";

    private final ToolCatalog catalog;
    private final String serverName;
    private final String serverVersion;

    public McpHandler(ToolCatalog catalog, String serverName, String serverVersion) {
        this.catalog = catalog;
        this.serverName = serverName;
        this.serverVersion = serverVersion;
    }

    /** The response to {@code request} (any JSON value, possibly null), played in {@code session}. */
    public ObjectNode handle(JsonNode request, GameSession session) {
        if (request == null || !request.isObject()) {
            return JsonRpc.error(null, JsonRpc.INVALID_REQUEST, request != null && request.isArray()
                    ? "Invalid Request: batch requests are not supported"
                    : "Invalid Request: expected a JSON-RPC 2.0 request object");
        }
        JsonNode id = request.get("id");
        boolean idOk = id == null || id.isNull() || id.isTextual() || id.isIntegralNumber();
        JsonNode method = request.get("method");
        if (!idOk || !"2.0".equals(request.path("jsonrpc").asText(null)) || method == null || !method.isTextual()) {
            return JsonRpc.error(idOk ? id : null, JsonRpc.INVALID_REQUEST,
                    "Invalid Request: a JSON-RPC 2.0 request needs \"jsonrpc\": \"2.0\", a string \"method\" and "
                            + "an optional string or integer \"id\"");
        }
        JsonNode params = request.get("params");
        if (params != null && !params.isNull() && !params.isObject()) {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: \"params\" must be an object");
        }
        ObjectNode p = params != null && params.isObject() ? (ObjectNode) params : Json.object();
        try {
            return dispatch(id, method.textValue(), p, session);
        } catch (RuntimeException e) {
            LOG.error("MCP {} failed", method.textValue(), e);
            return JsonRpc.error(id, JsonRpc.INTERNAL_ERROR, "Internal error: " + e.getClass().getSimpleName());
        }
    }

    private ObjectNode dispatch(JsonNode id, String method, ObjectNode params, GameSession session) {
        switch (method) {
            case "initialize":
                return JsonRpc.result(id, initialize(params));
            case "ping":
                return JsonRpc.result(id, Json.object());
            case "tools/list": {
                ObjectNode result = Json.object();
                result.set("tools", catalog.tools(session.scenario(), session.clientSides()));
                return JsonRpc.result(id, result);
            }
            case "tools/call":
                return callTool(id, params, session);
            default:
                if (method.startsWith("notifications/")) {
                    return JsonRpc.result(id, Json.object());
                }
                return JsonRpc.error(id, JsonRpc.METHOD_NOT_FOUND, "Method not found: '" + method + "'; accepted: "
                        + METHODS);
        }
    }

    private ObjectNode initialize(ObjectNode params) {
        ObjectNode r = Json.object();
        JsonNode asked = params.get("protocolVersion");
        r.put("protocolVersion", asked != null && asked.isTextual() ? asked.textValue() : PROTOCOL_VERSION);
        r.putObject("capabilities").putObject("tools").put("listChanged", false);
        ObjectNode info = r.putObject("serverInfo");
        info.put("name", serverName);
        info.put("version", serverVersion);
        r.put("instructions", "Each tools/call plays one move of your side and returns your next observation.");
        return r;
    }

    private ObjectNode callTool(JsonNode id, ObjectNode params, GameSession session) {
        List<Actor> sides = session.clientSides();
        String accepted = sides.stream().map(Tool::acceptedNames).collect(Collectors.joining(", "));
        JsonNode name = params.get("name");
        Tool tool = name != null && name.isTextual()
                ? Tool.fromWire(name.textValue()).filter(t -> sides.contains(t.side())).orElse(null) : null;
        if (tool == null) {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: unknown tool "
                    + Json.show(name) + "; accepted: " + accepted);
        }
        Map<String, String> values = new HashMap<>();
        String problem = arguments(params.get("arguments"), tool, values);
        if (problem != null) {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: " + problem);
        }
        String required = values.get(ToolCatalog.REQUIRED_TOOL);
        Action action = new Action(tool.side().wireName(), tool.wireName(), values.get(ToolCatalog.TARGET),
                required == null ? Map.of() : Map.of(Tool.REQUIRED_TOOL_PARAM, required), values.get(ToolCatalog.RATIONALE));
        try {
            Observation o = session.step(action);
            return JsonRpc.result(id, toolResult(Replies.stepResult(o)));
        } catch (ProtocolError e) {
            if (e.code() == ProtocolError.Code.VALIDATION_ERROR) {
                ArrayNode errors = Json.array();
                e.errors().forEach(f -> errors.add(f.toJson()));
                String msg = e.errors().stream().map(FieldError::msg).collect(Collectors.joining("; "));
                return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: " + msg, errors);
            }
            ObjectNode r = Json.object();
            r.putArray("content").addObject().put("type", "text").put("text", e.getMessage());
            r.put("isError", true);
            return JsonRpc.result(id, r);
        }
    }

    /** Reads a tool's arguments into {@code out}; returns what is wrong with them, or null. */
    private static String arguments(JsonNode args, Tool tool, Map<String, String> out) {
        if (args == null || args.isNull()) {
            return null;
        }
        if (!args.isObject()) {
            return "\"arguments\" must be an object";
        }
        List<String> allowed = ToolCatalog.argumentNames(tool);
        for (Map.Entry<String, JsonNode> e : args.properties()) {
            if (!allowed.contains(e.getKey())) {
                return "unknown argument '" + e.getKey() + "' for " + tool + "; accepted: " + String.join(", ", allowed);
            }
            if (!e.getValue().isTextual()) {
                return "argument '" + e.getKey() + "' must be a string, got " + Json.show(e.getValue());
            }
            out.put(e.getKey(), e.getValue().textValue());
        }
        return null;
    }

    private static ObjectNode toolResult(ObjectNode stepResult) {
        ObjectNode r = Json.object();
        r.putArray("content").addObject().put("type", "text").put("text", Json.write(stepResult));
        r.set("structuredContent", stepResult);
        r.put("isError", false);
        return r;
    }
}
