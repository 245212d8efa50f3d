package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cyberselfplay.train.run.Manifest;
import org.cyberselfplay.train.run.MetricsSink;
import org.cyberselfplay.train.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code league}: a shrunken league-quick end to end, resume of a finished run, and bad input. */
class LeagueCommandTest {
    /** Shrinks configs/league-quick.yaml to seconds. */
    private static final List<String> TINY = List.of("network.hidden_sizes=[16,16]", "network.max_hosts=6",
            "sft.episodes=4", "sft.epochs=1", "grpo.updates=2", "grpo.group_size=2", "grpo.groups_per_update=2",
            "league.rounds=2", "league.sims_per_entry=4", "league.archetypes=[blitz, random]",
            "league.best_response.sft.episodes=3", "league.best_response.sft.epochs=1",
            "league.best_response.grpo.updates=1", "league.best_response.grpo.group_size=2",
            "league.best_response.grpo.groups_per_update=2", "eval.episodes=3", "eval.opponents=[blitz]",
            "run.threads=1");

    @TempDir
    Path tmp;

    private static Path quick() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("configs").resolve("league-quick.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("configs/league-quick.yaml not found");
    }

    private static CliRun league(Path out, List<String> sets) {
        List<String> args = new ArrayList<>(List.of("league", "--config", quick().toString(), "--out",
                out.toString()));
        sets.forEach(s -> {
            args.add("--set");
            args.add(s);
        });
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aShrunkenQuickLeagueWritesTheWholeRunDirectoryAndResumesAsComplete() throws IOException {
        Path out = tmp.resolve("quick");
        CliRun r = league(out, TINY);
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("run directory: " + out, lines.get(0));
        assertTrue(lines.get(1).startsWith("sft: "), r.out());
        assertTrue(lines.get(2).startsWith("red sft: "), r.out());
        assertTrue(lines.get(3).startsWith("start: fixed eval win rate blitz "), r.out());
        assertTrue(lines.get(4).startsWith("league: rounds 1-2 of 2 in "), r.out());
        assertTrue(lines.get(4).endsWith("pool: 2 archetypes, 2 neural Red, 3 Blue snapshots"), r.out());
        assertTrue(lines.get(5).startsWith("round 2: win rate vs pool blitz "), r.out());
        assertTrue(lines.get(6).startsWith("final: fixed eval win rate blitz "), r.out());
        assertEquals("final policy: " + out.resolve("checkpoints/final.zip"), lines.get(7));
        assertEquals("report: " + out.resolve("report.md"), lines.get(8));
        assertEquals(9, lines.size(), r.out());

        RunDirectory dir = RunDirectory.at(out);
        assertTrue(Files.isRegularFile(dir.log()));
        for (Path p : List.of(dir.config(), dir.manifest(), dir.metricsJsonl(), dir.metricsCsv(), dir.report(),
                dir.checkpoint("league-state.json"), dir.checkpoint("final.zip"),
                dir.checkpoint("red-r2.zip"), dir.plots().resolve("payoff_heatmap.png"),
                dir.plots().resolve("meta_strategy_red.png"), dir.plots().resolve("win_rate_per_opponent.png"),
                dir.plots().resolve("nashconv.png"))) {
            assertTrue(Files.isRegularFile(p) && Files.size(p) > 0, p + " written");
        }
        assertEquals(Manifest.COMPLETE, Manifest.read(dir.manifest()).status());
        assertTrue(MetricsSink.read(dir.metricsJsonl()).stream().anyMatch(row -> row.step() == 2
                && row.values().containsKey("league/elo/red-r2")));
        String report = Files.readString(dir.report());
        assertTrue(report.contains("## Payoff matrix") && report.contains("`red-r2`"), report);

        CliRun again = CliRun.of("league", "--resume", out.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("the league run is already complete (2 rounds); nothing to resume"),
                again.out());
    }

    @Test
    void aPfspLeagueWithoutSnapshotsPlaysTheLearnerAloneAgainstThePool() throws IOException {
        Path out = tmp.resolve("pfsp");
        List<String> sets = new ArrayList<>(TINY);
        sets.addAll(List.of("league.mode=pfsp", "league.snapshot_blue=false", "league.rounds=1",
                "sft.dagger.rounds=1", "sft.dagger.episodes=2", "sft.dagger.epochs=1"));
        CliRun r = league(out, sets);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("pool: 2 archetypes, 0 neural Red, 0 Blue snapshots"), r.out());
        RunDirectory dir = RunDirectory.at(out);
        assertTrue(Files.isRegularFile(dir.checkpoint("blue-r1.zip")));
        assertTrue(!Files.exists(dir.checkpoint("blue-r0.zip")), "an earlier learner that is no snapshot is removed");
        assertTrue(MetricsSink.read(dir.metricsJsonl()).stream().anyMatch(row -> row.step() == 1
                && row.values().containsKey("league/meta/learner")));
        assertTrue(MetricsSink.read(dir.metricsJsonl()).stream().anyMatch(row ->
                row.values().containsKey("sft/dagger_round")), "Blue's SFT runs its DAgger round");
    }

    @Test
    void badInputExitsWithTwoAndOneClearLine() throws IOException {
        CliRun bad = league(tmp.resolve("bad"), List.of("league.mode=alphastar", "league.meta_solver.name=lp"));
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("league.mode: must be one of pfsp, psro, mix, got \"alphastar\""), bad.err());
        assertTrue(bad.err().contains("league.meta_solver.name: must be one of uniform, replicator, prd, nash"),
                bad.err());

        CliRun none = CliRun.of("league");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("give --config FILE to start a league run, or --resume DIR"), none.err());

        CliRun notRun = CliRun.of("league", "--resume", tmp.toString());
        assertEquals(2, notRun.exitCode());
        assertTrue(notRun.err().contains("not a run directory"), notRun.err());

        Path out = tmp.resolve("corrupt");
        List<String> sets = new ArrayList<>(TINY);
        sets.addAll(List.of("league.mode=pfsp", "league.rounds=1"));
        assertEquals(0, league(out, sets).exitCode());
        Path state = RunDirectory.at(out).checkpoint("league-state.json");
        Files.writeString(state, Files.readString(state).replace("\"complete\" : true", "\"complete\" : 1.5"));
        CliRun corrupt = CliRun.of("league", "--resume", out.toString());
        assertEquals(2, corrupt.exitCode(), corrupt.err());
        assertTrue(corrupt.err().startsWith("error: league state " + state + ", field complete: "), corrupt.err());
    }
}
