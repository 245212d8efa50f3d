package org.cyberselfplay.train.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.league.eval.EpisodeSeeds;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code play}: a person plays Blue in the terminal against a Red archetype. */
@Command(name = "play",
        description = {"Play Blue yourself, in the terminal, against a Red archetype: each turn shows Blue's "
                + "observation (playbook, alerts, hosts, business impact, last reward and events) and reads one "
                + "line: an action such as 'isolate_host db-01' or 'execute_instruction triage_alerts', "
                + "'help' for the numbered legal actions, a number from that list, or 'quit'. A line that is "
                + "not a legal action is explained and asked again; it costs no turn. Red moves by itself. "
                + "The end shows the winner, both returns and the episode metrics.",
                "The game is episode 0 of 'evaluate --seed SEED': the same env seed and Red action RNG. "
                        + "Exit code 0 also when you quit or the input ends before the game is over."})
final class PlayCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "small", paramLabel = "NAME|FILE",
            description = "A preset (small, medium, large) or a scenario YAML file (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--red", defaultValue = "blitz", paramLabel = "NAME",
            description = "The opponent: an archetype name (see 'archetypes') with optional @noise, e.g. blitz@0.2, "
                    + "an archetype YAML path or a Red checkpoint .zip (default: ${DEFAULT-VALUE}).")
    private String red;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "SEED", description = "Root seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--side", defaultValue = "blue", paramLabel = "SIDE",
            description = "The side you play; only blue for now (default: ${DEFAULT-VALUE}).")
    private String side;

    /** Where the moves come from; null for standard input. */
    private final Reader input;

    PlayCommand() {
        this(null);
    }

    PlayCommand(Reader input) {
        this.input = input;
    }

    /** A factory that builds {@code play} reading from {@code input} and every other class as picocli does. */
    static IFactory factory(Reader input) {
        IFactory fallback = CommandLine.defaultFactory();
        return new IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == PlayCommand.class ? cls.cast(new PlayCommand(input)) : fallback.create(cls);
            }
        };
    }

    @Override
    public Integer call() {
        if (Actor.fromWire(side).filter(a -> a == Actor.BLUE).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--side must be blue (a person plays Blue against a "
                    + "Red policy), got '" + side.toLowerCase(Locale.ROOT) + "'");
        }
        Scenario sc = Scenarios.load(scenario);
        Policy opponent = Policies.red(red, sc);
        EpisodeSeeds seeds = EpisodeSeeds.of(seed, 1);
        BufferedReader in = input == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : input instanceof BufferedReader b ? b : new BufferedReader(input);
        boolean echo = input != null || System.console() == null;
        PrintWriter out = spec.commandLine().getOut();
        out.println("You play Blue on " + sc.name() + " (" + sc.maxTurns() + " turns, " + sc.mission().required()
                + " of " + sc.mission().instructions() + " instructions required) against Red " + opponent.name()
                + ", seed " + seed + ".");
        out.println("Type an action (tool [target], or execute_instruction TOOL), help for the numbered legal "
                + "actions, a number from that list, or quit.");
        new TerminalGame(new GameEnv(sc), opponent, seeds.redRng(0), in, out, echo).play(seeds.envSeed(0));
        out.flush();
        return 0;
    }
}
