package org.cyberselfplay.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.obs.ObservationJson;

/**
 * Renders what the server sends.
 *
 * <p>An observation travels as OpenEnv's step result {@code {"observation": {...}, "reward": R, "done": B}}.
 * The observation object is the {@code CyberObservation} JSON ({@link ObservationJson}) without
 * {@code reward}, {@code done} and {@code metadata}, as OpenEnv serializes it. Because OpenEnv drops
 * {@code metadata}, its content (reward components, events, POSG metrics and, after a refused action, the
 * error) is kept inside the observation under {@value #CYBER_METADATA}.
 */
public final class Replies {
    /** The observation key that holds what OpenEnv would drop from {@code metadata}. */
    public static final String CYBER_METADATA = "cyber_metadata";

    private Replies() {
    }

    /** The observation object as sent: the CyberObservation keys minus reward, done and metadata, plus {@value #CYBER_METADATA}. */
    public static ObjectNode observation(Observation o) {
        ObjectNode obs = ObservationJson.toJson(o);
        obs.remove("reward");
        obs.remove("done");
        JsonNode metadata = obs.remove("metadata");
        obs.set(CYBER_METADATA, metadata);
        return obs;
    }

    /** OpenEnv's step result {@code {"observation", "reward", "done"}}: reward is this side's since it last acted. */
    public static ObjectNode stepResult(Observation o) {
        ObjectNode result = Json.object();
        result.set("observation", observation(o));
        result.put("reward", o.reward());
        result.put("done", o.done());
        return result;
    }

    /** {@code {"type":"observation","data":<step result>}}, streamed without building a tree. */
    public static String observationFrame(Observation o) {
        return ObservationWriter.frame(o);
    }

    /** {@code {"type":"state","data":<state>}}. */
    public static String stateFrame(JsonNode state) {
        return frame("state", state);
    }

    /** {@code {"type":"mcp","data":<JSON-RPC response>}}. */
    public static String mcpFrame(JsonNode response) {
        return frame("mcp", response);
    }

    /** {@code {"type":"error","data":{"message","code"[,"errors"]}}}. */
    public static String errorFrame(ProtocolError e) {
        return frame("error", errorData(e));
    }

    /** The error frame sent right after an upgrade that exceeds capacity. */
    public static String capacityFrame(int active, int max) {
        ObjectNode data = errorData(new ProtocolError(ProtocolError.Code.CAPACITY_REACHED,
                "Server at capacity: " + active + " of " + max + " sessions in use; try again later"));
        data.put("active_sessions", active);
        data.put("max_sessions", max);
        return frame("error", data);
    }

    private static ObjectNode errorData(ProtocolError e) {
        ObjectNode data = Json.object();
        data.put("message", e.getMessage());
        data.put("code", e.code().name());
        if (e.code() == ProtocolError.Code.VALIDATION_ERROR) {
            ArrayNode errors = data.putArray("errors");
            e.errors().forEach(f -> errors.add(f.toJson()));
        }
        return data;
    }

    private static String frame(String type, JsonNode data) {
        ObjectNode root = Json.object();
        root.put("type", type);
        root.set("data", data);
        return Json.write(root);
    }
}
