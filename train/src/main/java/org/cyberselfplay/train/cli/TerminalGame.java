package org.cyberselfplay.train.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.StepResult;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.obs.ObservationJson;
import org.cyberselfplay.train.report.Transcript;

/**
 * One game in the terminal: a person types Blue's moves, a Red policy answers. Each turn shows Blue's
 * observation and reads lines until one is an action the env accepts; a line the env refuses, or that does
 * not parse, is answered with one message and changes nothing. Red sees only its own observation and draws
 * only from its own RNG.
 */
final class TerminalGame {
    /** How a game stopped. */
    enum Outcome { FINISHED, QUIT, INPUT_ENDED }

    private static final String PROMPT = "blue> ";
    private static final String HINT = "type help for this turn's numbered legal actions, or quit";

    private final GameEnv env;
    private final Policy red;
    private final SplittableRandom redRng;
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean echo;

    /**
     * @param echo whether to repeat each line read after the prompt (when the input is not a terminal, so the
     *             output reads as a transcript)
     */
    TerminalGame(GameEnv env, Policy red, SplittableRandom redRng, BufferedReader in, PrintWriter out, boolean echo) {
        this.env = env;
        this.red = red;
        this.redRng = redRng;
        this.in = in;
        this.out = out;
        this.echo = echo;
    }

    /** Plays from {@code envSeed} until the game ends, the person quits or the input ends. */
    Outcome play(long envSeed) {
        env.reset(envSeed);
        while (!env.isTerminal()) {
            BlueScreen.print(env.observe(Actor.BLUE), out);
            Optional<Outcome> stop = blueMove();
            if (stop.isPresent()) {
                stopped(stop.get());
                return stop.get();
            }
            if (!env.isTerminal()) {
                redMove();
            }
        }
        finished();
        return Outcome.FINISHED;
    }

    /** Reads lines until the env accepts one as Blue's move; a stop when the person quits or the input ends. */
    private Optional<Outcome> blueMove() {
        while (true) {
            String line = readLine();
            if (line == null) {
                return Optional.of(Outcome.INPUT_ENDED);
            }
            String typed = line.strip();
            String word = typed.toLowerCase(Locale.ROOT);
            if (word.equals("quit") || word.equals("exit")) {
                return Optional.of(Outcome.QUIT);
            }
            if (word.equals("help") || word.equals("?")) {
                BlueScreen.printLegal(env.legalActions(Actor.BLUE), out);
                continue;
            }
            if (typed.isEmpty()) {
                out.println("Type an action such as query_siem or isolate_host NAME; " + HINT + ".");
                continue;
            }
            Parsed parsed = parse(typed, env.legalActions(Actor.BLUE));
            String error = parsed.error();
            if (error == null) {
                StepResult result = env.step(parsed.action());
                if (result.accepted()) {
                    return Optional.empty();
                }
                error = result.error().orElse("refused");
            }
            out.println("'" + typed + "' not accepted: " + error + "; " + HINT + ".");
        }
    }

    /** A typed line as Blue's action, or why it is not one. */
    record Parsed(Action action, String error) {
    }

    /**
     * Parses {@code N} (the N-th legal action, from 1) or {@code tool [target]} / {@code execute_instruction
     * required_tool}. Tool names and targets are checked by the env when the action is stepped; here only
     * what the env would not notice (a word too many) is refused.
     */
    static Parsed parse(String typed, List<Action> legal) {
        if (typed.matches("[+-]?\\d+")) {
            long n = typed.length() > 9 ? -1 : Long.parseLong(typed);
            if (n < 1 || n > legal.size()) {
                return new Parsed(null, "no action " + typed + " this turn; the legal actions are numbered 1 to "
                        + legal.size());
            }
            return new Parsed(legal.get((int) n - 1), null);
        }
        String[] words = typed.split("\\s+");
        String toolName = words[0].toLowerCase(Locale.ROOT);
        Optional<Tool> tool = Tool.fromWire(toolName).filter(t -> t.side() == Actor.BLUE);
        if (tool.isEmpty()) {
            return new Parsed(blue(toolName, null, Map.of()), null);
        }
        Tool t = tool.get();
        if (t == Tool.EXECUTE_INSTRUCTION) {
            if (words.length != 2) {
                return new Parsed(null, "execute_instruction takes one Blue tool, the one the current instruction "
                        + "requires, as in 'execute_instruction triage_alerts'; accepted tools: "
                        + Tool.acceptedNames(Actor.BLUE));
            }
            return new Parsed(blue(toolName, null, Map.of(Tool.REQUIRED_TOOL_PARAM,
                    words[1].toLowerCase(Locale.ROOT))), null);
        }
        if (!t.targeted() && words.length > 1) {
            return new Parsed(null, toolName + " takes no target; type just '" + toolName + "'");
        }
        if (t.targeted() && words.length > 2) {
            return new Parsed(null, toolName + " takes one target host, as in '" + toolName + " " + words[1] + "'");
        }
        return new Parsed(blue(toolName, words.length > 1 ? words[1] : null, Map.of()), null);
    }

    private static Action blue(String tool, String target, Map<String, String> params) {
        return new Action(Actor.BLUE.wireName(), tool, target, params, null);
    }

    private void redMove() {
        Observation seen = env.observe(Actor.RED);
        Action action = red.act(seen, redRng);
        StepResult result = env.step(action);
        if (!result.accepted()) {
            throw new IllegalStateException("Red policy " + red.name() + " chose an illegal action " + action + ": "
                    + result.error().orElse(""));
        }
    }

    private String readLine() {
        out.print(PROMPT);
        out.flush();
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the next move", e);
        }
        if (line == null) {
            out.println();
        } else if (echo) {
            out.println(line);
        }
        return line;
    }

    private void stopped(Outcome how) {
        EpisodeMetrics m = env.metrics();
        out.println((how == Outcome.QUIT ? "You quit" : "The input ended") + " on turn " + m.steps() + " of "
                + env.scenario().maxTurns() + ", before the game was over: no winner.");
        out.println("Returns so far: Blue " + BlueScreen.signed(m.blueReturn()) + ", Red "
                + BlueScreen.signed(m.redReturn()));
        out.flush();
    }

    private void finished() {
        out.println(BlueScreen.lastReward(env.observe(Actor.BLUE)));
        EpisodeMetrics m = env.metrics();
        out.println();
        out.println("Game over after " + m.steps() + " turns: " + verdict(m));
        out.println("Returns: Blue " + BlueScreen.signed(m.blueReturn()) + ", Red " + BlueScreen.signed(m.redReturn()));
        ObjectNode summary = Json.object();
        ObservationJson.putMetrics(summary, m);
        Transcript.printMetrics(summary, out);
    }

    private static String verdict(EpisodeMetrics m) {
        String instructions = m.instructionsCompleted() + " of " + m.instructionsRequired() + " required instructions done";
        if (m.blueWon()) {
            return "Blue wins (no exfiltration, " + instructions + ").";
        }
        if (m.exfiltrated()) {
            return "Red wins (data exfiltrated).";
        }
        return "Red wins (the mission fell short: " + instructions + ").";
    }
}
