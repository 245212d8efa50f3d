package org.cyberselfplay.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberselfplay.server.ServerInfo;
import org.cyberselfplay.server.protocol.Json;
import org.cyberselfplay.server.protocol.Replies;
import org.cyberselfplay.server.protocol.ResetReader;

/**
 * The OpenAPI 3.1 document of the HTTP routes, with {@code info.version} {@value ServerInfo#API_VERSION}.
 * {@code /reset}, {@code /step} and {@code /state} are listed together, as OpenEnv's validator requires.
 * The WebSocket protocol on {@code /ws} is described in {@code info.description} (OpenAPI has no WebSocket
 * operations).
 */
final class OpenApiDocument {
    private static final String JSON = "application/json";

    private OpenApiDocument() {
    }

    static ObjectNode build(boolean artifacts, boolean tokenRequired) {
        ObjectNode doc = Json.object();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "CyberSelfPlay OpenEnv server");
        info.put("version", ServerInfo.API_VERSION);
        info.put("description", ServerInfo.DESCRIPTION + " Stateful play is on the WebSocket /ws (messages reset, "
                + "step, state, close, mcp); the HTTP /reset, /step and /state are one-shot, each on a fresh game. "
                + "Observations keep what OpenEnv drops from metadata under '" + Replies.CYBER_METADATA + "'.");
        ObjectNode paths = doc.putObject("paths");
        paths.putObject("/reset").set("post", op("reset", "Start a fresh one-shot game and return its first observation.",
                ref("ResetRequest"), false, "StepResponse", true));
        paths.putObject("/step").set("post", op("step", "Start a fresh one-shot game (options as in reset), play one "
                + "action and return the observation that follows.", ref("StepRequest"), true, "StepResponse", true));
        paths.putObject("/state").set("get", op("state", "The state of a fresh game (nothing has started).",
                null, false, "CyberState", false));
        paths.putObject("/health").set("get", open(op("health", "Liveness.", null, false, "Health", false)));
        paths.putObject("/metadata").set("get", op("metadata", "What this environment is.", null, false, "Metadata", false));
        paths.putObject("/schema").set("get", op("schema", "JSON Schemas of the action, observation and state.",
                null, false, "Schemas", false));
        paths.putObject("/mcp").set("post", op("mcp", "MCP over JSON-RPC 2.0 (always HTTP 200): initialize, ping, "
                + "tools/list, tools/call (one-shot game).", ref("JsonRpcRequest"), true, "JsonRpcResponse", false));
        paths.putObject("/info").set("get", op("info", "Tools, scenarios, actors and opponents.", null, false, "Info", false));
        if (artifacts) {
            paths.putObject("/artifacts").set("get", op("artifacts", "The files under the run directory "
                    + "(names, sizes, times; never their content).", null, false, "Artifacts", false));
        }
        ObjectNode components = doc.putObject("components");
        components.set("schemas", schemas());
        if (tokenRequired) {
            components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
            doc.putArray("security").addObject().putArray("bearer");
        }
        return doc;
    }

    private static ObjectNode op(String id, String summary, ObjectNode body, boolean bodyRequired, String result,
                                 boolean validates) {
        ObjectNode op = Json.object();
        op.put("operationId", id);
        op.put("summary", summary);
        if (body != null) {
            ObjectNode rb = op.putObject("requestBody");
            rb.put("required", bodyRequired);
            rb.putObject("content").putObject(JSON).set("schema", body);
        }
        ObjectNode responses = op.putObject("responses");
        response(responses, "200", "OK", result);
        if (validates) {
            response(responses, "422", "A field is invalid (pydantic-style detail list).", "HTTPValidationError");
            response(responses, "400", "The game refused the action, or the scenario or opponent cannot be built.", "Detail");
            response(responses, "413", "The body exceeds the size limit.", "Detail");
        }
        return op;
    }

    private static ObjectNode open(ObjectNode op) {
        op.putArray("security");
        return op;
    }

    private static void response(ObjectNode responses, String code, String description, String schema) {
        ObjectNode r = responses.putObject(code);
        r.put("description", description);
        r.putObject("content").putObject(JSON).set("schema", ref(schema));
    }

    private static ObjectNode ref(String name) {
        return Json.object().put("$ref", "#/components/schemas/" + name);
    }

    private static ObjectNode schemas() {
        ObjectNode s = Json.object();
        s.set("CyberAction", SchemaDocuments.action());
        s.set("CyberObservation", SchemaDocuments.observation());
        s.set("CyberState", SchemaDocuments.state());
        requests(s);
        replies(s);
        return s;
    }

    private static void requests(ObjectNode s) {
        ObjectNode reset = object(s, "ResetRequest");
        ObjectNode rp = reset.putObject("properties");
        rp.putObject("seed").put("type", "integer").put("minimum", 0);
        rp.putObject("episode_id").put("type", "string").put("maxLength", ResetReader.MAX_EPISODE_ID);
        rp.putObject("scenario").put("type", "string").put("description", "A preset (small, medium, large) or a "
                + "scenario file inside the run directory; default small.");
        rp.putObject("actor").put("type", "string").put("description", "The side you play: blue (default) or red.");
        rp.putObject("opponent").put("type", "string").put("description", "An archetype (blitz, apt@0.2, ...) for a "
                + "blue client (default blitz), a scripted Blue policy for a red client (default expert), or none.");
        reset.put("additionalProperties", false);
        ObjectNode step = object(s, "StepRequest");
        ObjectNode sp = step.putObject("properties");
        sp.set("action", ref("CyberAction"));
        sp.putObject("timeout_s").putArray("type").add("number").add("null");
        sp.putObject("request_id").putArray("type").add("string").add("null");
        for (String k : new String[] {"seed", "episode_id", "scenario", "actor", "opponent"}) {
            sp.set(k, rp.get(k));
        }
        step.putArray("required").add("action");
        step.put("additionalProperties", false);
        ObjectNode rpc = object(s, "JsonRpcRequest");
        ObjectNode rpcp = rpc.putObject("properties");
        rpcp.putObject("jsonrpc").put("const", "2.0");
        rpcp.putObject("method").put("type", "string");
        rpcp.putObject("params").put("type", "object");
        rpcp.putObject("id").putArray("type").add("string").add("integer").add("null");
    }

    private static void replies(ObjectNode s) {
        ObjectNode result = object(s, "StepResponse");
        ObjectNode resp = result.putObject("properties");
        resp.set("observation", ref("CyberObservation"));
        resp.putObject("reward").putArray("type").add("number").add("null");
        resp.putObject("done").put("type", "boolean");
        result.putArray("required").add("observation").add("reward").add("done");
        ObjectNode detail = object(s, "Detail");
        detail.putObject("properties").putObject("detail").put("type", "string");
        ObjectNode validation = object(s, "HTTPValidationError");
        ObjectNode item = validation.putObject("properties").putObject("detail").put("type", "array").putObject("items");
        item.put("type", "object");
        ObjectNode ip = item.putObject("properties");
        ip.putObject("type").put("type", "string");
        ip.putObject("loc").put("type", "array").putObject("items").putArray("type").add("string").add("integer");
        ip.putObject("msg").put("type", "string");
        ip.putObject("input");
        object(s, "Health").putObject("properties").putObject("status").put("type", "string").put("const", "healthy");
        ObjectNode meta = object(s, "Metadata").putObject("properties");
        for (String k : new String[] {"name", "description", "readme_content", "version", "author", "documentation_url"}) {
            meta.putObject(k).putArray("type").add("string").add("null");
        }
        ObjectNode schemas = object(s, "Schemas").putObject("properties");
        schemas.set("action", ref("CyberAction"));
        schemas.set("observation", ref("CyberObservation"));
        schemas.set("state", ref("CyberState"));
        object(s, "JsonRpcResponse").putObject("properties").putObject("jsonrpc").put("const", "2.0");
        ObjectNode infoProps = object(s, "Info").putObject("properties");
        for (String k : new String[] {"blue_tools", "red_tools", "scenarios", "valid_actors"}) {
            infoProps.putObject(k).put("type", "array").putObject("items").put("type", "string");
        }
        infoProps.putObject("name").put("type", "string");
        ObjectNode files = object(s, "Artifacts").putObject("properties");
        files.putObject("files").put("type", "array");
        files.putObject("truncated").put("type", "boolean");
    }

    private static ObjectNode object(ObjectNode schemas, String name) {
        ObjectNode o = schemas.putObject(name);
        o.put("type", "object");
        return o;
    }
}
