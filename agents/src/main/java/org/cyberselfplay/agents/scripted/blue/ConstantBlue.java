package org.cyberselfplay.agents.scripted.blue;

import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.ActionSpace;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * Always the same Blue tool ({@code constant:<tool>}), the balance table's farming probe. A targeted tool
 * takes its first legal target in inventory order; {@code execute_instruction} always claims the first
 * instruction tool of the scenario. When the tool is illegal now (a cooldown, an exhausted playbook,
 * every host already isolated), the policy falls back to {@code query_siem}, which changes nothing Red
 * can feel. {@code noop} is {@code constant:query_siem}.
 */
public final class ConstantBlue implements Policy {
    private final Tool tool;
    private final ActionSpace space;
    private final Action fallback;
    private final int argument;
    private final String name;

    public ConstantBlue(Scenario scenario, Tool tool, String name) {
        if (tool.side() != Actor.BLUE) {
            throw new IllegalArgumentException(tool + " is not a Blue tool; accepted: " + Tool.acceptedNames(Actor.BLUE));
        }
        this.tool = tool;
        this.space = ActionSpace.of(scenario, Actor.BLUE);
        this.fallback = Action.of(Actor.BLUE, Tool.QUERY_SIEM);
        this.argument = tool == Tool.EXECUTE_INSTRUCTION
                ? space.position(scenario.mission().instructionTools().get(0)) : 0;
        this.name = name;
    }

    @Override
    public Actor side() {
        return Actor.BLUE;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Action act(Observation observation, SplittableRandom rng) {
        var mask = observation.legalActions();
        if (tool.targeted()) {
            for (int h = 0; h < space.width(tool); h++) {
                int index = space.encode(tool, h);
                if (mask.isLegal(index)) {
                    return space.toAction(index);
                }
            }
            return fallback;
        }
        int index = space.encode(tool, argument);
        return mask.isLegal(index) ? space.toAction(index) : fallback;
    }
}
