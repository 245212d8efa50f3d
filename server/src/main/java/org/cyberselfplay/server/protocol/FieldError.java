package org.cyberselfplay.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One invalid field, in the shape of a pydantic error so that OpenEnv clients can read it:
 * {@code {"type", "loc", "msg", "input"}}.
 *
 * @param type  a pydantic-style error type: {@code missing}, {@code extra_forbidden}, {@code int_type},
 *              {@code string_type}, {@code dict_type}, {@code greater_than_equal}, {@code string_too_long},
 *              {@code enum}, {@code too_long}, {@code value_error}
 * @param loc   the path of the field, relative to the object that was read (strings and array indices)
 * @param msg   one sentence naming what is wrong and what would be accepted
 * @param input the offending value (JSON null when the field is missing)
 */
public record FieldError(String type, List<Object> loc, String msg, JsonNode input) {
    public FieldError {
        loc = List.copyOf(loc);
        input = input == null ? JsonNodeFactory.instance.nullNode() : input;
    }

    /** An error at one top-level field. */
    public static FieldError at(String field, String type, String msg, JsonNode input) {
        return new FieldError(type, List.of(field), msg, input);
    }

    /** The same error with {@code prefix} put in front of its location (e.g. {@code "body"}). */
    public FieldError under(Object... prefix) {
        List<Object> l = new ArrayList<>(List.of(prefix));
        l.addAll(loc);
        return new FieldError(type, l, msg, input);
    }

    /** {@code "a.b: msg"}, or just the message for an error about the whole object. */
    public String describe() {
        if (loc.isEmpty()) {
            return msg;
        }
        StringBuilder sb = new StringBuilder();
        for (Object part : loc) {
            sb.append(sb.length() == 0 ? "" : ".").append(part);
        }
        return sb.append(": ").append(msg).toString();
    }

    /** The pydantic-shaped JSON object. */
    public ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("type", type);
        ArrayNode l = n.putArray("loc");
        for (Object part : loc) {
            if (part instanceof Integer i) {
                l.add(i);
            } else {
                l.add(String.valueOf(part));
            }
        }
        n.put("msg", msg);
        n.set("input", input);
        return n;
    }
}
