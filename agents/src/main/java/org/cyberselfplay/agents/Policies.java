package org.cyberselfplay.agents;

import java.nio.file.Path;
import java.util.List;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.agents.scripted.blue.BluePolicies;
import org.cyberselfplay.agents.scripted.red.Archetypes;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * Policy specs as users write them on the command line and in configs.
 *
 * <ul>
 *   <li>Blue: {@code scripted:NAME} ({@link BluePolicies#NAMES}) or the path of a checkpoint {@code .zip};</li>
 *   <li>Red: an archetype name with optional noise ({@code blitz}, {@code blitz@0.2}), an archetype YAML
 *       path (optionally with {@code @noise}), or the path of a checkpoint {@code .zip}.</li>
 * </ul>
 * Every failure is a {@link PolicyException} whose message names the spec and what is accepted.
 */
public final class Policies {
    private static final String SCRIPTED = "scripted:";

    private Policies() {
    }

    /** The Blue policy a spec names, for {@code scenario}. */
    public static Policy blue(String spec, Scenario scenario) {
        String s = spec.trim();
        if (s.startsWith(SCRIPTED)) {
            return BluePolicies.create(s.substring(SCRIPTED.length()), scenario);
        }
        if (isCheckpoint(s)) {
            return Checkpoints.load(Path.of(s), scenario, Actor.BLUE);
        }
        throw new PolicyException("unknown Blue policy '" + s + "'; accepted: scripted:NAME with NAME one of "
                + String.join(", ", BluePolicies.NAMES) + ", or the path of a checkpoint .zip");
    }

    /** The Red policy a spec names, for {@code scenario}. */
    public static Policy red(String spec, Scenario scenario) {
        String s = spec.trim();
        if (isCheckpoint(s)) {
            return Checkpoints.load(Path.of(s), scenario, Actor.RED);
        }
        return Archetypes.create(s, scenario);
    }

    /** The specs {@code all} stands for: the built-in archetypes. */
    public static List<String> allRed() {
        return Archetypes.builtInNames();
    }

    private static boolean isCheckpoint(String spec) {
        return spec.endsWith(".zip");
    }
}
