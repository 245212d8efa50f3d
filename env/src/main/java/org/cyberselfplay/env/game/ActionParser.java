package org.cyberselfplay.env.game;

import java.util.stream.Collectors;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.ActionSpace;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;

/**
 * Turns a wire {@link Action} into an action index of the side to move, or into one message naming what is
 * wrong and what is accepted. Checks run in the order a client needs them: game over, actor, turn, tool,
 * target, params, then legality now.
 */
final class ActionParser {
    /** Either an index (error null) or an error. */
    record Parsed(int index, String error) {
        static Parsed error(String message) {
            return new Parsed(-1, message);
        }
    }

    private ActionParser() {
    }

    static Parsed parse(GameState s, GameEnv env, Action a) {
        if (s.terminal) {
            return Parsed.error("the episode is over (winner: " + s.winner + "); call reset to start a new one");
        }
        Actor actor = Actor.fromWire(a.actor()).orElse(null);
        if (actor == null) {
            return Parsed.error("unknown actor '" + a.actor() + "'; accepted: blue, red");
        }
        if (actor != s.current) {
            return Parsed.error("out of turn: it is " + s.current + "'s turn, not " + actor + "'s");
        }
        Tool tool = Tool.fromWire(a.tool()).filter(t -> t.side() == actor).orElse(null);
        if (tool == null) {
            return Parsed.error("unknown tool '" + a.tool() + "' for " + actor + "; accepted: "
                    + Tool.acceptedNames(actor));
        }
        ActionSpace space = env.actionSpace(actor);
        int argument = 0;
        String target = a.target() == null ? null : a.target().trim();
        if (tool.targeted()) {
            if (target == null || target.isEmpty()) {
                return Parsed.error(tool + " needs a target; accepted: " + inventory(s));
            }
            argument = s.scenario.hostIndex(target);
            if (argument < 0) {
                return Parsed.error("target '" + target + "' is not in the inventory; accepted: " + inventory(s));
            }
        } else if (tool == Tool.EXECUTE_INSTRUCTION) {
            String claimed = a.params().get(Tool.REQUIRED_TOOL_PARAM);
            Tool required = Tool.fromWire(claimed).filter(t -> t.side() == Actor.BLUE).orElse(null);
            if (required == null) {
                return Parsed.error("execute_instruction needs params.required_tool naming a Blue tool"
                        + (claimed == null ? "" : " (got '" + claimed + "')") + "; accepted: "
                        + Tool.acceptedNames(Actor.BLUE));
            }
            argument = required.ordinal();
        }
        int index = space.encode(tool, argument);
        if (!env.isLegal(index)) {
            return Parsed.error("illegal now: " + Legality.reason(s, tool, target));
        }
        return new Parsed(index, null);
    }

    private static String inventory(GameState s) {
        return s.scenario.hosts().stream().map(h -> h.name()).collect(Collectors.joining(", "));
    }
}
