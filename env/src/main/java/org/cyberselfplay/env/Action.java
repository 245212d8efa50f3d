package org.cyberselfplay.env;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One move as it arrives on the wire: the original's {@code CyberAction}
 * {@code {actor, tool_name, target, params, rationale}}.
 *
 * <p>Fields are kept as strings so that anything a client sends can reach the env and be refused
 * there with a message naming what is accepted ({@link CyberEnv#step}); nothing is checked here.
 * {@code target} is a host name from the inventory, or null for untargeted tools; {@code params}
 * holds {@code required_tool} for {@code execute_instruction}.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Action(@JsonProperty("actor") String actor,
                     @JsonProperty("tool_name") String tool,
                     @JsonProperty("target") String target,
                     @JsonProperty("params") Map<String, String> params,
                     @JsonProperty("rationale") String rationale) {
    public Action {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** An untargeted action. */
    public static Action of(Actor actor, Tool tool) {
        return new Action(actor.wireName(), tool.wireName(), null, Map.of(), null);
    }

    /** A targeted action. */
    public static Action of(Actor actor, Tool tool, String target) {
        return new Action(actor.wireName(), tool.wireName(), target, Map.of(), null);
    }

    /** Blue's {@code execute_instruction} claiming the current instruction requires {@code requiredTool}. */
    public static Action instruction(Tool requiredTool) {
        return new Action(Actor.BLUE.wireName(), Tool.EXECUTE_INSTRUCTION.wireName(), null,
                Map.of(Tool.REQUIRED_TOOL_PARAM, requiredTool.wireName()), null);
    }

    /** The same action with a rationale attached. */
    public Action withRationale(String why) {
        return new Action(actor, tool, target, params, why);
    }
}
