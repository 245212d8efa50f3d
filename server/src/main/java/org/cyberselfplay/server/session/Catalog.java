package org.cyberselfplay.server.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cyberselfplay.agents.PolicyException;
import org.cyberselfplay.agents.scripted.blue.BluePolicies;
import org.cyberselfplay.agents.scripted.red.Archetypes;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.ScenarioException;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.server.protocol.FieldError;
import org.cyberselfplay.server.protocol.ProtocolError;

/**
 * What a reset may name. Scenarios: a preset ({@code small}, {@code medium}, {@code large}) or, when the
 * server has a run directory, a scenario YAML file inside it (a path relative to it). Opponents of a Blue
 * client: a built-in Red archetype with an optional {@code @noise} in [0, 1] ({@code blitz},
 * {@code apt@0.2}) or an archetype YAML file inside the run directory; of a Red client: a scripted Blue
 * policy ({@code expert}, {@code random}, {@code noop}, {@code instructions_only}, {@code lockdown},
 * {@code constant:<tool>});
 * for either, {@code none}. No other file is ever read. Immutable, thread-safe.
 */
public final class Catalog {
    /** The scenario of a reset that names none. */
    public static final String DEFAULT_SCENARIO = "small";
    /** The opponent of a Blue client that names none: the fastest built-in attacker. */
    public static final String DEFAULT_RED_OPPONENT = "blitz";
    /** The opponent of a Red client that names none: the scripted playbook expert. */
    public static final String DEFAULT_BLUE_OPPONENT = "expert";
    /** The opponent spec meaning "the client plays both sides". */
    public static final String NONE = "none";

    private final Optional<RunDirectory> runDir;

    public Catalog(Optional<RunDirectory> runDir) {
        this.runDir = runDir;
    }

    /** The run directory, if the server has one. */
    public Optional<RunDirectory> runDirectory() {
        return runDir;
    }

    /** The default opponent of a client playing {@code side}. */
    public static String defaultOpponent(Actor side) {
        return side == Actor.BLUE ? DEFAULT_RED_OPPONENT : DEFAULT_BLUE_OPPONENT;
    }

    /**
     * The scenario called {@code name} (null: the default).
     *
     * @throws ProtocolError {@code VALIDATION_ERROR} at {@code scenario} when it names nothing offered;
     *                       {@code FACTORY_ERROR} when a file in the run directory is not a valid scenario
     */
    public Scenario scenario(String name) {
        String n = name == null ? DEFAULT_SCENARIO : name.trim();
        if (Scenarios.isPreset(n)) {
            return Scenarios.preset(n);
        }
        Optional<Path> file = runDir.flatMap(d -> d.file(n));
        if (file.isEmpty()) {
            throw ProtocolError.validation(FieldError.at("scenario", "enum", "unknown scenario '" + n
                    + "'; accepted: " + String.join(", ", Scenarios.presetNames())
                    + (runDir.isPresent() ? ", or a scenario YAML file inside the run directory" : ""),
                    com.fasterxml.jackson.databind.node.TextNode.valueOf(n)));
        }
        try {
            return Scenarios.load(file.get().toString());
        } catch (ScenarioException e) {
            throw new ProtocolError(ProtocolError.Code.FACTORY_ERROR, "cannot build scenario '" + n + "': "
                    + String.join("; ", e.problems()));
        }
    }

    /**
     * The opponent called {@code spec} (null: the default for {@code client}) on {@code scenario}.
     *
     * @throws ProtocolError {@code VALIDATION_ERROR} at {@code opponent} when it names nothing offered for that
     *                       side; {@code FACTORY_ERROR} when the named archetype cannot be built
     */
    public Opponent opponent(String spec, Actor client, Scenario scenario) {
        String s = spec == null ? defaultOpponent(client) : spec.trim();
        if (s.equals(NONE)) {
            return Opponent.none();
        }
        return client == Actor.BLUE ? redOpponent(s, scenario) : blueOpponent(s, scenario);
    }

    private Opponent redOpponent(String spec, Scenario scenario) {
        int at = spec.lastIndexOf('@');
        String base = at >= 0 ? spec.substring(0, at) : spec;
        String suffix = at >= 0 ? spec.substring(at) : "";
        String resolved;
        if (Archetypes.builtInNames().contains(base)) {
            resolved = spec;
        } else {
            Optional<Path> file = runDir.flatMap(d -> d.file(base));
            if (file.isEmpty()) {
                throw invalidOpponent(spec, "unknown Red opponent '" + spec + "'; accepted: "
                        + String.join(", ", Archetypes.builtInNames()) + " (optionally @noise in [0, 1], as in blitz@0.2)"
                        + (runDir.isPresent() ? ", an archetype YAML file inside the run directory" : "") + ", or none");
            }
            resolved = file.get() + suffix;
        }
        if (at >= 0) {
            checkNoise(spec, spec.substring(at + 1));
        }
        try {
            return new Opponent(spec, Optional.of(Archetypes.create(resolved, scenario)));
        } catch (PolicyException e) {
            throw new ProtocolError(ProtocolError.Code.FACTORY_ERROR, "cannot build opponent '" + spec + "': "
                    + e.getMessage());
        }
    }

    private static void checkNoise(String spec, String text) {
        double noise;
        try {
            noise = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            noise = Double.NaN;
        }
        if (!(noise >= 0.0 && noise <= 1.0)) {
            throw invalidOpponent(spec, "the noise after '@' must be a number in [0, 1], as in blitz@0.2; got '"
                    + text + "'");
        }
    }

    private static Opponent blueOpponent(String spec, Scenario scenario) {
        try {
            return new Opponent(spec, Optional.of(BluePolicies.create(spec, scenario)));
        } catch (PolicyException e) {
            throw invalidOpponent(spec, e.getMessage() + ", or none");
        }
    }

    private static ProtocolError invalidOpponent(String spec, String message) {
        return ProtocolError.validation(FieldError.at("opponent", "enum", message,
                com.fasterxml.jackson.databind.node.TextNode.valueOf(spec)));
    }

    /** Every opponent name a client of {@code side} may give (built-ins; files not listed). */
    public static List<String> opponentNames(Actor side) {
        List<String> names = new ArrayList<>(side == Actor.BLUE ? Archetypes.builtInNames() : BluePolicies.NAMES);
        names.add(NONE);
        return names;
    }
}
