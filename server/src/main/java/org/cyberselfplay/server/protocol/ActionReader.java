package org.cyberselfplay.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberselfplay.env.Action;

/**
 * Reads the wire form of an action, {@code {actor, tool_name, target, params, rationale}}, checking JSON
 * types only. Whether the names are accepted (actor, tool, target host, required tool) is checked by the
 * game session against its scenario. {@code metadata} (an object OpenEnv's base action carries) is
 * accepted and ignored; any other unknown field is refused. A missing {@code actor} stays null: the
 * session fills in the side it expects.
 */
public final class ActionReader {
    private static final Set<String> FIELDS = Set.of("actor", "tool_name", "target", "params", "rationale", "metadata");
    private static final String ACCEPTED = "actor, tool_name, target, params, rationale, metadata";

    private ActionReader() {
    }

    /**
     * The action in {@code data}.
     *
     * @throws ProtocolError {@code VALIDATION_ERROR} listing every malformed field, locations relative to the action
     */
    public static Action read(JsonNode data) {
        if (data == null || !data.isObject()) {
            throw ProtocolError.validation(new FieldError("dict_type", List.of(),
                    "an action must be a JSON object {actor, tool_name, target, params, rationale}, got "
                            + Json.show(data), data));
        }
        List<FieldError> errors = new ArrayList<>();
        String actor = Fields.optionalString(data, "actor", errors);
        JsonNode toolNode = data.get("tool_name");
        String tool = null;
        if (toolNode == null || toolNode.isNull()) {
            errors.add(FieldError.at("tool_name", "missing", "required: the name of one of your side's tools", toolNode));
        } else {
            tool = Fields.optionalString(data, "tool_name", errors);
        }
        String target = Fields.optionalString(data, "target", errors);
        Map<String, String> params = params(data.get("params"), errors);
        String rationale = Fields.optionalString(data, "rationale", errors);
        JsonNode metadata = data.get("metadata");
        if (metadata != null && !metadata.isNull() && !metadata.isObject()) {
            errors.add(FieldError.at("metadata", "dict_type", "must be an object, got " + Json.show(metadata), metadata));
        }
        Fields.rejectUnknown(data, FIELDS, ACCEPTED, errors);
        if (!errors.isEmpty()) {
            throw ProtocolError.validation(errors);
        }
        return new Action(actor, tool, target, params, rationale);
    }

    private static Map<String, String> params(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            errors.add(FieldError.at("params", "dict_type",
                    "must be an object such as {\"required_tool\": \"deploy_patch\"}, got " + Json.show(node), node));
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getValue().isTextual()) {
                out.put(e.getKey(), e.getValue().textValue());
            } else if (!e.getValue().isNull()) {
                errors.add(new FieldError("string_type", List.of("params", e.getKey()),
                        "must be a string, got " + Json.show(e.getValue()), e.getValue()));
            }
        }
        return out;
    }
}
