package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CliTest {
    @Test
    void helpExitsZeroAndListsCommands() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exitCode(), r.err());
        for (String command : new String[] {"scenarios", "archetypes", "simulate", "bench", "play"}) {
            assertTrue(r.out().contains(command), r.out());
        }
    }

    @Test
    void subcommandHelpExitsZero() {
        CliRun r = CliRun.of("simulate", "--help");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("--episodes"), r.out());
    }

    @Test
    void versionNamesTheProjectVersionAndJava() {
        CliRun r = CliRun.of("--version");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("cyberselfplay 0.1.0-SNAPSHOT"), r.out());
        assertTrue(r.out().contains("Java " + System.getProperty("java.version")), r.out());
    }

    @Test
    void scenariosListsThePresetsWithTheirTurns() {
        CliRun r = CliRun.of("scenarios");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().matches("(?s).*\\bsmall\\s+60\\b.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\bmedium\\s+100\\b.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\blarge\\s+180\\b.*"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void unknownFlagExitsTwoNamingTheFlag() {
        CliRun r = CliRun.of("simulate", "--episdoes", "3");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--episdoes"), r.err());
        assertTrue(r.err().contains("--help"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badValueExitsTwo() {
        CliRun r = CliRun.of("simulate", "--episodes", "many");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--episodes"), r.err());
        CliRun format = CliRun.of("simulate", "--format", "xml");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("table, json"), format.err());
    }

    @Test
    void missingSubcommandExitsTwo() {
        assertEquals(2, CliRun.of().exitCode());
        CliRun bench = CliRun.of("bench");
        assertEquals(2, bench.exitCode());
        assertTrue(bench.err().contains("cyberselfplay bench --help"), bench.err());
    }

    @Test
    void unknownScenarioExitsTwoNamingItAndThePresets() {
        CliRun r = CliRun.of("simulate", "--scenario", "nope", "--episodes", "2");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("nope"), r.err());
        for (String preset : new String[] {"small", "medium", "large"}) {
            assertTrue(r.err().contains(preset), r.err());
        }
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void nonPositiveEpisodesExitTwo() {
        for (String n : new String[] {"0", "-5"}) {
            CliRun r = CliRun.of("simulate", "--episodes", n);
            assertEquals(2, r.exitCode(), n);
            assertTrue(r.err().contains("--episodes"), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
    }
}
