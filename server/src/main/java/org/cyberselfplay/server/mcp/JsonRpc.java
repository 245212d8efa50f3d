package org.cyberselfplay.server.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberselfplay.server.protocol.Json;

/** JSON-RPC 2.0 response objects and the standard error codes. */
public final class JsonRpc {
    /** The text is not JSON. */
    public static final int PARSE_ERROR = -32700;
    /** Not a valid request object (for example {@code {}}). */
    public static final int INVALID_REQUEST = -32600;
    /** No such method. */
    public static final int METHOD_NOT_FOUND = -32601;
    /** Bad parameters (unknown tool, bad arguments). */
    public static final int INVALID_PARAMS = -32602;
    /** An unexpected failure inside the server. */
    public static final int INTERNAL_ERROR = -32603;

    private JsonRpc() {
    }

    /** {@code {"jsonrpc":"2.0","id":id,"result":result}}. */
    public static ObjectNode result(JsonNode id, JsonNode result) {
        ObjectNode n = base(id);
        n.set("result", result);
        return n;
    }

    /** {@code {"jsonrpc":"2.0","id":id,"error":{"code","message"[,"data"]}}}. */
    public static ObjectNode error(JsonNode id, int code, String message, JsonNode data) {
        ObjectNode n = base(id);
        ObjectNode e = n.putObject("error");
        e.put("code", code);
        e.put("message", message);
        if (data != null) {
            e.set("data", data);
        }
        return n;
    }

    /** An error without data. */
    public static ObjectNode error(JsonNode id, int code, String message) {
        return error(id, code, message, null);
    }

    private static ObjectNode base(JsonNode id) {
        ObjectNode n = Json.object();
        n.put("jsonrpc", "2.0");
        n.set("id", id == null ? JsonNodeFactory.instance.nullNode() : id);
        return n;
    }
}
