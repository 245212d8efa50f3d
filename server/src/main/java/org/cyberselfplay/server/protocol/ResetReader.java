package org.cyberselfplay.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.cyberselfplay.env.Actor;

/**
 * Reads the options of a reset: {@code seed} (an integer >= 0), {@code episode_id} (a string of at most
 * 255 characters), {@code scenario}, {@code actor} ({@code blue} or {@code red}) and {@code opponent}.
 * Absent, null or {@code {}} data means every default. Unknown keys are refused, so that a misspelt option
 * does not silently play the default.
 */
public final class ResetReader {
    /** The longest accepted {@code episode_id}, as in OpenEnv. */
    public static final int MAX_EPISODE_ID = 255;
    /** The keys a reset accepts. */
    public static final Set<String> FIELDS = Set.of("seed", "episode_id", "scenario", "actor", "opponent");
    private static final String ACCEPTED = "seed, episode_id, scenario, actor, opponent";

    private ResetReader() {
    }

    /**
     * The reset options in {@code data}.
     *
     * @throws ProtocolError {@code VALIDATION_ERROR} listing every bad field, locations relative to {@code data}
     */
    public static ResetRequest read(JsonNode data) {
        if (data == null || data.isNull() || data.isMissingNode()) {
            return ResetRequest.defaults();
        }
        if (!data.isObject()) {
            throw ProtocolError.validation(new FieldError("dict_type", List.of(),
                    "reset data must be a JSON object such as {\"seed\": 7, \"scenario\": \"small\"}, got "
                            + Json.show(data), data));
        }
        List<FieldError> errors = new ArrayList<>();
        OptionalLong seed = seed(data.get("seed"), errors);
        String episodeId = Fields.optionalString(data, "episode_id", errors);
        if (episodeId != null && episodeId.length() > MAX_EPISODE_ID) {
            errors.add(FieldError.at("episode_id", "string_too_long", "must have at most " + MAX_EPISODE_ID
                    + " characters, got " + episodeId.length(), data.get("episode_id")));
        }
        String scenario = Fields.optionalString(data, "scenario", errors);
        String actorName = Fields.optionalString(data, "actor", errors);
        Actor actor = null;
        if (actorName != null) {
            actor = Actor.fromWire(actorName).orElse(null);
            if (actor == null) {
                errors.add(FieldError.at("actor", "enum", "the side you play must be 'blue' or 'red', got '"
                        + actorName + "'", data.get("actor")));
            }
        }
        String opponent = Fields.optionalString(data, "opponent", errors);
        Fields.rejectUnknown(data, FIELDS, ACCEPTED, errors);
        if (!errors.isEmpty()) {
            throw ProtocolError.validation(errors);
        }
        return new ResetRequest(scenario, seed, episodeId, actor, opponent);
    }

    private static OptionalLong seed(JsonNode v, List<FieldError> errors) {
        if (v == null || v.isNull()) {
            return OptionalLong.empty();
        }
        boolean integral = v.isIntegralNumber() || (v.isFloatingPointNumber() && v.canConvertToExactIntegral());
        if (!integral) {
            errors.add(FieldError.at("seed", "int_type", "must be an integer >= 0, got " + Json.show(v), v));
            return OptionalLong.empty();
        }
        if (!v.canConvertToLong()) {
            errors.add(FieldError.at("seed", v.bigIntegerValue().signum() < 0 ? "greater_than_equal" : "less_than_equal",
                    "must be an integer in [0, " + Long.MAX_VALUE + "], got " + Json.show(v), v));
            return OptionalLong.empty();
        }
        long seed = v.longValue();
        if (seed < 0) {
            errors.add(FieldError.at("seed", "greater_than_equal", "must be an integer >= 0, got " + seed, v));
            return OptionalLong.empty();
        }
        return OptionalLong.of(seed);
    }
}
