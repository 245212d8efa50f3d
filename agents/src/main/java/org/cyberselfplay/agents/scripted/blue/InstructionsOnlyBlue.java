package org.cyberselfplay.agents.scripted.blue;

import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.BlueView;
import org.cyberselfplay.env.obs.Observation;

/**
 * Follows the playbook and nothing else: executes the current instruction every turn (checkpointing on
 * stride turns), never defends. Shows what the mission alone is worth against each attacker.
 */
public final class InstructionsOnlyBlue implements Policy {

    @Override
    public Actor side() {
        return Actor.BLUE;
    }

    @Override
    public String name() {
        return "instructions_only";
    }

    @Override
    public Action act(Observation observation, SplittableRandom rng) {
        BlueView view = observation.blue();
        if (view.checkpointDue()) {
            return Action.of(Actor.BLUE, Tool.CHECKPOINT_PLAN);
        }
        return view.instructionProgress().current()
                .map(i -> Action.instruction(Tool.fromWire(i.requiredTool()).orElseThrow()))
                .orElse(Action.of(Actor.BLUE, Tool.QUERY_SIEM));
    }
}
