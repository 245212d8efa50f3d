package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberselfplay.agents.scripted.red.Archetypes;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.league.eval.EpisodeSeeds;
import org.junit.jupiter.api.Test;

class PlayCommandTest {
    private static final Pattern ENTRY = Pattern.compile("(\\d+)  ([a-z_]+(?: \\S+)?)");

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    @Test
    void repeatedActionsThenTheEndOfInputStopCleanlyWithoutAWinner() {
        CliRun run = CliRun.withInput("query_siem\n".repeat(3), "play", "--seed", "3");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String out = run.out();
        assertTrue(out.startsWith("You play Blue on small (60 turns, 24 of 40 instructions required) against Red "
                + "blitz, seed 3.\n"), out);
        for (int turn = 0; turn <= 3; turn++) {
            assertEquals(1, count(out, "== Turn " + turn + "/60 (" + (60 - turn) + " left) =="), out);
        }
        assertEquals(3, count(out, "blue> query_siem\n"), out);
        assertTrue(out.contains("Playbook: 0 of 24 required done"), out);
        assertTrue(out.contains("Last: reward "), out);
        assertTrue(out.contains("events: query_siem: alert confidences refined"), out);
        assertTrue(out.contains("\nThe input ended on turn 3 of 60, before the game was over: no winner.\n"
                + "Returns so far: Blue "), out);
        assertFalse(out.contains("Game over"), out);
    }

    @Test
    void aBadLineIsExplainedOnOneLineAndCostsNoTurn() {
        String input = String.join("\n", "hack the planet", "query_siem extra", "99", "isolate_host",
                "isolate_host nowhere", "execute_instruction", "", "-1", "123456789012345678901234", "query_siem") + "\n";

        CliRun run = CliRun.withInput(input, "play");

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        List<String> refusals = out.lines().filter(l -> l.contains("' not accepted: ")).toList();
        assertEquals(8, refusals.size(), out);
        assertTrue(refusals.get(0).startsWith("'hack the planet' not accepted: unknown tool 'hack' for blue; "
                + "accepted: " + Tool.acceptedNames(Actor.BLUE)), refusals.get(0));
        assertTrue(refusals.get(1).startsWith("'query_siem extra' not accepted: query_siem takes no target"),
                refusals.get(1));
        assertTrue(refusals.get(2).startsWith("'99' not accepted: no action 99 this turn; the legal actions are "
                + "numbered 1 to "), refusals.get(2));
        assertTrue(refusals.get(3).startsWith("'isolate_host' not accepted: isolate_host needs a target; accepted: "),
                refusals.get(3));
        assertTrue(refusals.get(3).contains("db-01"), refusals.get(3));
        assertTrue(refusals.get(4).startsWith("'isolate_host nowhere' not accepted: target 'nowhere' is not in the "
                + "inventory"), refusals.get(4));
        assertTrue(refusals.get(5).startsWith("'execute_instruction' not accepted: execute_instruction takes one "
                + "Blue tool"), refusals.get(5));
        assertTrue(refusals.get(6).startsWith("'-1' not accepted: no action -1 this turn"), refusals.get(6));
        assertTrue(refusals.get(7).startsWith("'123456789012345678901234' not accepted: no action "), refusals.get(7));
        refusals.forEach(l -> assertTrue(l.endsWith("type help for this turn's numbered legal actions, or quit."), l));
        assertTrue(out.contains("blue> \nType an action such as query_siem"), out);
        assertEquals(1, count(out, "== Turn 0/60"), out);
        assertEquals(1, count(out, "== Turn 1/60"), out);
        assertFalse(out.contains("== Turn 2/60"), out);
        assertTrue(out.contains("The input ended on turn 1 of 60"), out);
    }

    @Test
    void helpNumbersEveryLegalActionAndANumberPlaysIt() {
        GameEnv env = new GameEnv(Scenarios.preset("small"));
        env.reset(EpisodeSeeds.of(0, 1).envSeed(0));
        List<Action> legal = env.legalActions(Actor.BLUE);

        CliRun run = CliRun.withInput("help\n2\n", "play");

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        String listing = out.substring(out.indexOf("Legal actions now"), out.indexOf("== Turn 1/60"));
        List<String> entries = entries(listing);
        assertEquals(legal.size(), entries.size(), listing);
        for (int i = 0; i < legal.size(); i++) {
            assertEquals((i + 1) + "  " + BlueScreen.typed(legal.get(i)), entries.get(i), listing);
        }
        assertTrue(out.contains("events: " + legal.get(1).tool()), out);
        assertTrue(out.contains("The input ended on turn 1 of 60"), out);
    }

    @Test
    void aFullGameFromTheHelpListReachesTheEndAndNamesTheWinner() {
        StringWriter sink = new StringWriter();
        HelpPicker picker = new HelpPicker(sink, 11);

        CliRun run = CliRun.withInput(picker, sink, "play", "--red", "apt", "--seed", "4");

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertFalse(out.contains("not accepted"), out);
        assertTrue(picker.picks > 0, out);
        Matcher over = Pattern.compile("\nGame over after (\\d+) turns: (Blue|Red) wins \\(").matcher(out);
        assertTrue(over.find(), out);
        assertTrue(out.contains("\nReturns: Blue "), out);
        assertTrue(out.contains("\nFinal metrics\n"), out);
        String winner = over.group(2).toLowerCase();
        assertTrue(out.lines().anyMatch(l -> l.matches(" +winner +" + winner)), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +steps +" + over.group(1))), out);
        assertEquals(picker.picks, count(out, "== Turn "), out);
        for (Tool t : Tool.of(Actor.RED)) {
            assertFalse(out.contains(t.wireName()), "Blue's screen shows Red's " + t.wireName());
        }
    }

    @Test
    void theSameSeedAndInputGiveTheSameGame() {
        String input = "2\n5\nquery_siem\n1\n".repeat(5);

        CliRun first = CliRun.withInput(input, "play", "--red", "saboteur", "--seed", "9");
        CliRun second = CliRun.withInput(input, "play", "--red", "saboteur", "--seed", "9");

        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out(), second.out());
    }

    @Test
    void quitStopsTheGameWithoutAWinner() {
        CliRun run = CliRun.withInput("query_siem\nquit\nquery_siem\n", "play", "--red", "blitz@0.2");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("against Red blitz@0.2"), run.out());
        assertTrue(run.out().contains("You quit on turn 1 of 60, before the game was over: no winner."), run.out());
        assertTrue(run.out().contains("Returns so far: Blue "), run.out());
        assertFalse(run.out().contains("== Turn 2/60"), run.out());
    }

    @Test
    void anUnknownArchetypeExitsTwoListingTheBuiltIns() {
        CliRun run = CliRun.withInput("query_siem\n", "play", "--red", "nope");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: nope: unknown archetype"), run.err());
        for (String name : Archetypes.builtInNames()) {
            assertTrue(run.err().contains(name), run.err());
        }
    }

    @Test
    void anUnknownScenarioExitsTwoListingThePresets() {
        CliRun run = CliRun.withInput("", "play", "--scenario", "huge");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("huge"), run.err());
        for (String preset : new String[] {"small", "medium", "large"}) {
            assertTrue(run.err().contains(preset), run.err());
        }
    }

    @Test
    void onlyBlueCanBePlayed() {
        CliRun run = CliRun.withInput("", "play", "--side", "red");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: --side must be blue"), run.err());
        assertTrue(run.err().contains("got 'red'"), run.err());
    }

    /** The entries {@code N  action} of a printed list of legal actions, by number. */
    private static List<String> entries(String listing) {
        List<String> out = new ArrayList<>();
        Matcher m = ENTRY.matcher(listing);
        while (m.find()) {
            out.add(m.group(1) + "  " + m.group(2));
        }
        out.sort(Comparator.comparingInt(e -> Integer.parseInt(e.substring(0, e.indexOf(' ')))));
        return out;
    }

    /**
     * A person who types {@code help} each turn, then picks an entry of the list just printed at random,
     * typing its number or its text in turn.
     */
    private static final class HelpPicker extends BufferedReader {
        private final StringWriter screen;
        private final SplittableRandom rng;
        private boolean askHelp = true;
        int picks;

        HelpPicker(StringWriter screen, long seed) {
            super(new StringReader(""));
            this.screen = screen;
            this.rng = new SplittableRandom(seed);
        }

        @Override
        public String readLine() {
            if (askHelp) {
                askHelp = false;
                return "help";
            }
            askHelp = true;
            if (picks > 1_000) {
                return null;
            }
            String text = screen.toString();
            List<String> list = entries(text.substring(text.lastIndexOf("Legal actions now")));
            String entry = list.get(rng.nextInt(list.size()));
            picks++;
            return picks % 2 == 0 ? entry.substring(0, entry.indexOf(' ')) : entry.substring(entry.indexOf("  ") + 2);
        }
    }
}
