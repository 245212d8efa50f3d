package org.cyberselfplay.train.league;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.league.pool.EntryKind;
import org.cyberselfplay.league.pool.PoolEntry;
import org.cyberselfplay.train.config.LeagueConfig;
import org.cyberselfplay.train.config.LeagueConfigLoader;
import org.cyberselfplay.train.run.Manifest;
import org.cyberselfplay.train.run.MetricsRow;
import org.cyberselfplay.train.run.MetricsSink;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.trainer.ProgressSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole tiny leagues: a resumed run ends exactly as an uninterrupted one; a corrupt state is refused untouched. */
class LeagueRunTest {
    /** A mix league with a Red best response in round 2, on a [16, 16] network and a handful of episodes. */
    static final String TINY = """
            name: tiny-league
            seed: 11
            scenario: small
            network: {hidden_sizes: [16, 16], max_hosts: 6}
            sft: {episodes: 4, epochs: 1, batch_size: 64, validation_split: 0.25}
            grpo: {updates: 2, group_size: 2, groups_per_update: 2}
            league:
              mode: mix
              rounds: 3
              sims_per_entry: 4
              archetypes: [blitz, apt@0.2]
              meta_solver: {name: replicator}
              best_response:
                every: 2
                sft: {episodes: 3, epochs: 1, batch_size: 64, validation_split: 0.34}
                grpo: {updates: 2, group_size: 2, groups_per_update: 2}
            eval: {every: 2, episodes: 3, opponents: [blitz]}
            run: {threads: 1}
            """;
    private static final Set<String> THROUGHPUT = Set.of("train/env_steps_per_second", "train/samples_per_second");

    @TempDir
    Path tmp;

    static LeagueConfig tiny(String... overrides) {
        return LeagueConfigLoader.fromYaml(TINY, "tiny-league.yaml", List.of(overrides));
    }

    private static LeagueRun.Options stopAfter(int round) {
        return new LeagueRun.Options(ProgressSource.none(), round);
    }

    @Test
    void aResumedLeagueEndsInTheStateAndMetricsOfAnUninterruptedOne() throws IOException {
        LeagueConfig config = tiny();
        LeagueOutcome whole = LeagueRun.start(config, tmp.resolve("whole"), LeagueRun.Options.defaults());
        assertTrue(whole.complete());
        assertEquals(3, whole.roundsRun());

        Path cut = tmp.resolve("cut");
        LeagueOutcome first = LeagueRun.start(config, cut, stopAfter(1));
        assertFalse(first.complete());
        RunDirectory dir = RunDirectory.at(cut);
        assertEquals(Manifest.RUNNING, Manifest.read(dir.manifest()).status());
        // A kill after round 2's metrics row but before its state leaves a row the resume must drop.
        Files.writeString(dir.metricsJsonl(), "{\"step\":2,\"league/nashconv\":0.5}\n",
                java.nio.file.StandardOpenOption.APPEND);
        LeagueOutcome second = LeagueRun.resume(cut, Optional.empty(), stopAfter(2));
        assertEquals(1, second.roundsRun());
        assertTrue(second.pool().stream().anyMatch(e -> e.kind() == EntryKind.NEURAL_RED), "round 2's best response");
        LeagueOutcome third = LeagueRun.resume(cut, Optional.empty(), LeagueRun.Options.defaults());
        assertTrue(third.complete());
        assertEquals(1, third.roundsRun());

        RunDirectory wholeDir = RunDirectory.at(tmp.resolve("whole"));
        assertEquals(Files.readString(wholeDir.checkpoint(LeagueState.FILE)),
                Files.readString(dir.checkpoint(LeagueState.FILE)));
        assertEquals(withoutThroughput(MetricsSink.read(wholeDir.metricsJsonl())),
                withoutThroughput(MetricsSink.read(dir.metricsJsonl())));
        var scenario = Scenarios.load("small");
        assertArrayEquals(Checkpoints.load(wholeDir.checkpoint("final.zip"), scenario).network().params()
                .toFloatVector(), Checkpoints.load(dir.checkpoint("final.zip"), scenario).network().params()
                .toFloatVector());
        Manifest m = Manifest.read(dir.manifest());
        assertEquals(Manifest.COMPLETE, m.status());
        assertEquals(2, m.resumedAt().size());
        assertTrue(Files.isRegularFile(dir.report()));
        Files.delete(dir.report());
        assertTrue(LeagueRun.resume(cut, Optional.empty(), LeagueRun.Options.defaults()).alreadyComplete());
        assertTrue(Files.isRegularFile(dir.report()), "a complete run's missing report is written on resume");

        LeagueState state = LeagueState.read(dir.checkpoint(LeagueState.FILE));
        assertEquals(List.of("blitz", "apt@0.2", "red-r2"), state.payoffs().redIds());
        assertEquals(List.of("blue-r0", "blue-r1", "blue-r2", "blue-r3"), state.payoffs().blueIds());
        assertTrue(state.payoffs().cells().stream().allMatch(c -> c.episodes() == 4), "every cell filled once");
        MetricsRow last = MetricsSink.read(dir.metricsJsonl()).stream().filter(r -> r.step() == 3).findFirst()
                .orElseThrow();
        for (String key : List.of("league/meta/red-r2", "league/pfsp/red-r2", "league/opponent/blitz",
                "eval/win_rate/red-r2", "league/nashconv", "league/exploitability", "league/elo/blue-r3", "eval/fixed/win_rate/blitz",
                "train/reward_mean")) {
            assertTrue(last.values().containsKey(key), key + " in " + last.values().keySet());
        }
    }

    @Test
    void aStrongestStartClonesEveryArchetypeAndNamesTheCloneItStartedFrom() throws IOException {
        Path run = tmp.resolve("strongest");
        LeagueOutcome out = LeagueRun.start(tiny("league.rounds=2", "league.best_response.start=strongest"), run,
                LeagueRun.Options.defaults());
        RunDirectory dir = RunDirectory.at(run);
        assertEquals(2, out.redSfts().size(), "one clone per archetype");
        assertTrue(Files.isRegularFile(dir.checkpoint("red-sft-blitz.zip")));
        assertTrue(Files.isRegularFile(dir.checkpoint("red-sft-apt@0.2.zip")));
        assertFalse(Files.exists(dir.checkpoint(BestResponses.RED_SFT)), "no teacher clone");
        PoolEntry br = out.pool().stream().filter(e -> e.id().equals("red-r2")).findFirst().orElseThrow();
        assertTrue(br.provenance().endsWith("from the clone of blitz")
                || br.provenance().endsWith("from the clone of apt@0.2"), br.provenance());
        List<MetricsRow> rows = MetricsSink.read(dir.metricsJsonl());
        MetricsRow round2 = rows.stream().filter(r -> r.step() == 2 && r.values().containsKey("league/br/value"))
                .findFirst().orElseThrow();
        double best = round2.values().get("league/br/archetype_value");
        assertTrue(best >= 0 && best <= 1, "a score: " + best);
        for (String id : List.of("blitz", "apt@0.2")) {
            assertTrue(rows.stream().anyMatch(r -> r.values().containsKey("sft_red/" + id + "/val_accuracy")), id);
        }
    }

    @Test
    void theStrongestArchetypeIsTheBestScoringArchetypeEntry() {
        List<PoolEntry> reds = List.of(new PoolEntry("blitz", EntryKind.ARCHETYPE, "blitz", "archetype", 0),
                new PoolEntry("red-r2", EntryKind.NEURAL_RED, "checkpoints/red-r2.zip", "best response", 2),
                new PoolEntry("apt", EntryKind.ARCHETYPE, "apt", "archetype", 0),
                new PoolEntry("saboteur", EntryKind.ARCHETYPE, "saboteur", "archetype", 0));
        // The neural entry scores highest but is no archetype; apt and saboteur tie: the first in join order.
        assertEquals(2, BestResponses.strongestArchetype(reds, new double[] {0.2, 0.9, 0.4, 0.4}));
        assertEquals(0, BestResponses.strongestArchetype(reds, new double[] {0.5, 0.9, 0.4, 0.1}));
        assertThrows(IllegalArgumentException.class, () -> BestResponses.strongestArchetype(reds.subList(1, 2),
                new double[] {0.9}));
    }

    @Test
    void aCorruptLeagueStateIsRefusedWithItsFieldAndLeftAsItIs() throws IOException {
        Path run = tmp.resolve("run");
        LeagueRun.start(tiny("league.rounds=2", "league.mode=pfsp"), run, stopAfter(1));
        RunDirectory dir = RunDirectory.at(run);
        Path file = dir.checkpoint(LeagueState.FILE);
        String good = Files.readString(file);
        String metrics = Files.readString(dir.metricsJsonl());
        String manifest = Files.readString(dir.manifest());

        assertRefused(file, good.replace("\"neural_blue\"", "\"neural_purple\""), "field pool[2]: unknown pool "
                + "entry kind \"neural_purple\"; accepted: archetype, neural_red, neural_blue");
        assertRefused(file, good.substring(0, good.length() / 2), "not valid JSON");
        assertRefused(file, good.replace("\"round\" : 1", "\"round\" : \"one\""), "field round:");
        assertRefused(file, good.replace("\"rollout_draws\"", "\"rollout_drawz\""), "rollout_draw");
        assertRefused(file, good.replaceFirst("\"episodes\" : 4\\.0", "\"episodes\" : -4.0"),
                "field payoffs.cells[0]: need 0 <= wins <= episodes");
        assertRefused(file, good.replace("\"seeds\" : {\n    \"root\" : 11", "\"seeds\" : {\n    \"root\" : 12"),
                "field seeds");
        Files.move(dir.checkpoint("blue-r1.zip"), dir.checkpoint("moved.zip"));
        assertRefused(file, good, "field pool[3].spec: the checkpoint");
        assertEquals(metrics, Files.readString(dir.metricsJsonl()), "metrics untouched");
        assertEquals(manifest, Files.readString(dir.manifest()), "manifest untouched");
        Files.move(dir.checkpoint("moved.zip"), dir.checkpoint("blue-r1.zip"));
        assertTrue(LeagueRun.resume(run, Optional.empty(), LeagueRun.Options.defaults()).complete());
    }

    private static void assertRefused(Path file, String corrupt, String expected) throws IOException {
        Files.writeString(file, corrupt);
        LeagueStateException e = assertThrows(LeagueStateException.class,
                () -> LeagueRun.resume(file.getParent().getParent(), Optional.empty(), LeagueRun.Options.defaults()));
        assertTrue(e.getMessage().startsWith("league state " + file), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().endsWith("the run cannot be resumed from it (the file was left as it is)"));
        assertEquals(corrupt, Files.readString(file), "the state file was not rewritten");
    }

    private static List<MetricsRow> withoutThroughput(List<MetricsRow> rows) {
        return rows.stream().map(r -> {
            TreeMap<String, Double> v = new TreeMap<>(r.values());
            v.keySet().removeAll(THROUGHPUT);
            return new MetricsRow(r.step(), v);
        }).toList();
    }
}
