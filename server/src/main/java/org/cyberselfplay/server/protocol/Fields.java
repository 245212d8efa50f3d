package org.cyberselfplay.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small type checks shared by the readers; each adds a {@link FieldError} and returns null on failure. */
final class Fields {
    private Fields() {
    }

    /** A string field that may be absent or null (then null). */
    static String optionalString(JsonNode obj, String field, List<FieldError> errors) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            errors.add(FieldError.at(field, "string_type", "must be a string, got " + Json.show(v), v));
            return null;
        }
        return v.textValue();
    }

    /** Adds an {@code extra_forbidden} error for every key not in {@code accepted}. */
    static void rejectUnknown(JsonNode obj, Set<String> accepted, String acceptedList, List<FieldError> errors) {
        for (Map.Entry<String, JsonNode> e : obj.properties()) {
            if (!accepted.contains(e.getKey())) {
                errors.add(FieldError.at(e.getKey(), "extra_forbidden",
                        "unknown field; accepted: " + acceptedList, e.getValue()));
            }
        }
    }
}
