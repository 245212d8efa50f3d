package org.cyberselfplay.server.session;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.server.protocol.FieldError;
import org.cyberselfplay.server.protocol.ProtocolError;

/**
 * Checks that an action names only what the session accepts: an actor the client may play, a tool of that
 * side, a target host from the scenario's inventory when the tool takes one, and a Blue tool as
 * {@code params.required_tool} for {@code execute_instruction}. These are the values the action's JSON
 * Schema enumerates, so a miss is a {@code VALIDATION_ERROR}; whether the action is legal now is the game's
 * call ({@code EXECUTION_ERROR}).
 */
final class ActionChecks {
    private ActionChecks() {
    }

    /**
     * The action with its actor filled in ({@code defaultActor} when absent).
     *
     * @param allowed the sides the client may act for (one, or both when there is no opponent)
     * @param who     how to name the client's role in messages, e.g. "blue against blitz"
     * @throws ProtocolError {@code VALIDATION_ERROR} listing every field that names something not accepted
     */
    static Action check(Action a, Scenario scenario, List<Actor> allowed, Actor defaultActor, String who) {
        List<FieldError> errors = new ArrayList<>();
        Actor actor = defaultActor;
        if (a.actor() != null) {
            actor = Actor.fromWire(a.actor()).orElse(null);
            if (actor == null || !allowed.contains(actor)) {
                errors.add(error("actor", "this session's client plays " + who + "; accepted: "
                        + allowed.stream().map(Actor::wireName).collect(Collectors.joining(", ")), a.actor()));
                actor = null;
            }
        }
        if (actor != null) {
            checkTool(a, actor, scenario, errors);
        }
        if (!errors.isEmpty()) {
            throw ProtocolError.validation(errors);
        }
        return new Action(actor.wireName(), a.tool().trim(), a.target(), a.params(), a.rationale());
    }

    private static void checkTool(Action a, Actor actor, Scenario scenario, List<FieldError> errors) {
        Tool tool = Tool.fromWire(a.tool()).filter(t -> t.side() == actor).orElse(null);
        if (tool == null) {
            errors.add(error("tool_name", "unknown tool '" + a.tool() + "' for " + actor + "; accepted: "
                    + Tool.acceptedNames(actor), a.tool()));
            return;
        }
        if (tool.targeted()) {
            String target = a.target() == null ? "" : a.target().trim();
            if (target.isEmpty()) {
                errors.add(new FieldError("missing", List.of("target"), tool + " needs a target host; accepted: "
                        + inventory(scenario), JsonNodeFactory.instance.nullNode()));
            } else if (scenario.hostIndex(target) < 0) {
                errors.add(error("target", "target '" + target + "' is not in the inventory; accepted: "
                        + inventory(scenario), a.target()));
            }
        } else if (tool == Tool.EXECUTE_INSTRUCTION) {
            String claimed = a.params().get(Tool.REQUIRED_TOOL_PARAM);
            boolean ok = Tool.fromWire(claimed).filter(t -> t.side() == Actor.BLUE).isPresent();
            if (!ok) {
                errors.add(new FieldError(claimed == null ? "missing" : "enum", List.of("params", Tool.REQUIRED_TOOL_PARAM),
                        "execute_instruction needs params.required_tool naming a Blue tool; accepted: "
                                + Tool.acceptedNames(Actor.BLUE),
                        claimed == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(claimed)));
            }
        }
    }

    private static FieldError error(String field, String msg, String input) {
        return FieldError.at(field, "enum", msg, JsonNodeFactory.instance.textNode(input));
    }

    static String inventory(Scenario scenario) {
        return scenario.hosts().stream().map(h -> h.name()).collect(Collectors.joining(", "));
    }
}
