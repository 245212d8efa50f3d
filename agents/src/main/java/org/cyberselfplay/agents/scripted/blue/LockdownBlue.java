package org.cyberselfplay.agents.scripted.blue;

import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.ActionSpace;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.BlueView.HostView;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * A degenerate probe, not a defence: keeps every high-value host isolated (re-isolating each as soon as it
 * reconnects) and otherwise plays the expert. Red cannot stage or exfiltrate from an offline host, so without the
 * mission's business-impact limit this wins against every exfiltrating Red; the balance table checks it does not.
 */
final class LockdownBlue implements Policy {
    private final ActionSpace space;
    private final ExpertBlue expert;

    LockdownBlue(Scenario scenario) {
        this.space = ActionSpace.of(scenario, Actor.BLUE);
        this.expert = new ExpertBlue(scenario);
    }

    @Override
    public Actor side() {
        return Actor.BLUE;
    }

    @Override
    public String name() {
        return "lockdown";
    }

    @Override
    public Action act(Observation observation, SplittableRandom rng) {
        for (HostView h : observation.blue().hosts()) {
            if (h.highValue() && !h.isolated()) {
                Action a = Action.of(Actor.BLUE, Tool.ISOLATE_HOST, h.name());
                var index = space.indexOf(a);
                if (index.isPresent() && observation.legalActions().isLegal(index.getAsInt())) {
                    return a;
                }
            }
        }
        return expert.act(observation, rng);
    }
}
