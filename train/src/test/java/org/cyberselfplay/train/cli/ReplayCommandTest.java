package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.league.eval.EpisodeSeeds;
import org.cyberselfplay.train.report.EpisodeRecorder;
import org.cyberselfplay.train.report.RecordedEpisode;
import org.cyberselfplay.train.report.RecordedMove;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {
    @TempDir
    Path dir;

    private EpisodeMetrics record(Path file) {
        Scenario small = Scenarios.preset("small");
        EpisodeSeeds seeds = EpisodeSeeds.of(5, 1);
        return EpisodeRecorder.record(small, Policies.blue("scripted:expert", small), Policies.red("blitz", small),
                seeds.envSeed(0), seeds.blueRng(0), seeds.redRng(0), file);
    }

    @Test
    void printsTheEpisodeTurnByTurnThenTheFinalMetrics() {
        Path file = dir.resolve("ep.jsonl");
        EpisodeMetrics metrics = record(file);
        RecordedEpisode episode = EpisodeRecorder.read(file);

        CliRun run = CliRun.of("replay", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String out = run.out();
        assertTrue(out.startsWith("Episode: scenario small, env seed " + EpisodeSeeds.of(5, 1).envSeed(0)
                + ", Blue expert vs Red blitz, " + episode.moves().size() + " moves\n"), out);
        List<String> moveLines = out.lines().filter(l -> l.startsWith("turn ")).toList();
        assertEquals(episode.moves().size(), moveLines.size());
        RecordedMove first = episode.moves().get(0);
        assertTrue(moveLines.get(0).matches("turn +0  blue  " + first.action().tool() + ".*blue [+-]\\d\\.\\d{3}  red [+-]\\d\\.\\d{3}"),
                moveLines.get(0));
        assertTrue(moveLines.get(1).startsWith("turn   0  red   "), moveLines.get(1));
        assertTrue(out.contains("events: "), out);
        assertFalse(out.contains("saw: "), out);
        assertTrue(out.contains("\nFinal metrics\n"), out);
        assertTrue(out.contains("  winner "), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +steps +" + metrics.steps())), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +exfiltrated +" + metrics.exfiltrated())), out);
    }

    @Test
    void observationsAddWhatEachSideSaw() {
        Path file = dir.resolve("ep.jsonl");
        record(file);
        RecordedEpisode episode = EpisodeRecorder.read(file);

        CliRun run = CliRun.of("replay", file.toString(), "--observations");

        assertEquals(0, run.exitCode(), run.err());
        List<String> seen = run.out().lines().filter(l -> l.strip().startsWith("saw: ")).toList();
        assertEquals(episode.moves().size(), seen.size());
        assertEquals("saw: " + episode.moves().get(0).incidentSummary(), seen.get(0).strip());
        assertTrue(seen.get(0).contains("Turn 0/"), seen.get(0));
    }

    @Test
    void aMissingFileExitsWithTwoNamingIt() {
        Path missing = dir.resolve("nope.jsonl");

        CliRun run = CliRun.of("replay", missing.toString());

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: episode file " + missing + " does not exist"), run.err());
    }

    @Test
    void aMalformedFileExitsWithTwoNamingTheFileAndLine() throws IOException {
        Path file = dir.resolve("ep.jsonl");
        record(file);
        List<String> lines = Files.readAllLines(file);
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, lines.get(0) + "\n" + lines.get(1) + "\n{\"turn\": 1,\n");

        CliRun run = CliRun.of("replay", broken.toString());

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: episode file " + broken + ", line 3: not valid JSON"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void aTruncatedRecordingIsReportedAsCutOff() throws IOException {
        Path file = dir.resolve("ep.jsonl");
        record(file);
        List<String> lines = Files.readAllLines(file);
        Path cut = dir.resolve("cut.jsonl");
        Files.write(cut, lines.subList(0, lines.size() - 1));

        CliRun run = CliRun.of("replay", cut.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(", line " + (lines.size() - 1) + ": the file ends without the final"), run.err());
    }

    @Test
    void theFileParameterIsRequired() {
        CliRun run = CliRun.of("replay");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("FILE"), run.err());
    }
}
