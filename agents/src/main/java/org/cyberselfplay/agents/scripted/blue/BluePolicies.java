package org.cyberselfplay.agents.scripted.blue;

import java.util.List;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.PolicyException;
import org.cyberselfplay.agents.scripted.RandomPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * The scripted Blue policies by name: {@code expert}, {@code random}, {@code noop}, {@code instructions_only},
 * {@code lockdown} (the expert keeping every high-value host offline: a probe of the business-impact limit),
 * {@code constant:<tool>}.
 */
public final class BluePolicies {
    /** The names {@link #create} accepts, {@code constant:<tool>} standing for one per Blue tool. */
    public static final List<String> NAMES = List.of("expert", "random", "noop", "instructions_only", "lockdown",
            "constant:<tool>");

    private BluePolicies() {
    }

    /**
     * The scripted Blue policy called {@code name} for {@code scenario}.
     *
     * @throws PolicyException naming the accepted names when {@code name} is not one of them
     */
    public static Policy create(String name, Scenario scenario) {
        String n = name.trim();
        if (n.startsWith("constant:")) {
            String toolName = n.substring("constant:".length());
            Tool tool = Tool.fromWire(toolName).filter(t -> t.side() == Actor.BLUE).orElseThrow(() ->
                    new PolicyException("unknown Blue tool '" + toolName + "' in '" + n + "'; accepted: "
                            + Tool.acceptedNames(Actor.BLUE)));
            return new ConstantBlue(scenario, tool, n);
        }
        return switch (n) {
            case "expert" -> new ExpertBlue(scenario);
            case "random" -> new RandomPolicy(scenario, Actor.BLUE);
            case "noop" -> new ConstantBlue(scenario, Tool.QUERY_SIEM, "noop");
            case "instructions_only" -> new InstructionsOnlyBlue();
            case "lockdown" -> new LockdownBlue(scenario);
            default -> throw new PolicyException("unknown scripted Blue policy '" + n + "'; accepted: "
                    + String.join(", ", NAMES));
        };
    }
}
