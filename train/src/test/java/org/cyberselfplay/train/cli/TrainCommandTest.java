package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.train.config.TrainConfig;
import org.cyberselfplay.train.config.TrainConfigLoader;
import org.cyberselfplay.train.run.Manifest;
import org.cyberselfplay.train.run.MetricsRow;
import org.cyberselfplay.train.run.MetricsSink;
import org.cyberselfplay.train.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train}: two-update smoke runs of the shipped recipes, resume, and bad input. */
class TrainCommandTest {
    /**
     * Shrinks any recipe to a couple of seconds; four groups per update leave room for the recipes' own
     * {@code steps_per_generation} (up to 4).
     */
    private static final List<String> TINY = List.of("sft.episodes=4", "sft.epochs=2", "sft.dagger.episodes=2",
            "sft.dagger.epochs=1", "grpo.updates=2",
            "grpo.group_size=2", "grpo.groups_per_update=4", "eval.episodes=2", "eval.every=1",
            "network.hidden_sizes=[16,16]", "network.max_hosts=6", "run.checkpoint_every=1", "run.threads=1");
    private static final List<String> GRPO_KEYS = List.of("train/reward_mean", "train/reward_std",
            "train/frac_reward_zero_std", "train/kl", "train/entropy", "train/clip_ratio", "train/loss",
            "train/anticollapse_penalty", "train/tool_entropy", "train/grad_norm", "train/learning_rate",
            "train/win_rate", "train/env_steps_per_second", "train/samples_per_second");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Path recipe(String file) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("configs").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("configs/" + file + " not found");
    }

    private static CliRun train(Path config, Path out, List<String> sets) {
        List<String> args = new ArrayList<>(List.of("train", "--config", config.toString(), "--out", out.toString()));
        sets.forEach(s -> {
            args.add("--set");
            args.add(s);
        });
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void eachRecipeRunsTwoUpdatesAndWritesEveryFileOfTheRunDirectory() throws IOException {
        for (String file : List.of("quickstart.yaml", "sft-grpo.yaml", "sft-grpo-anticollapse.yaml")) {
            Path out = tmp.resolve(file.replace(".yaml", ""));
            CliRun r = train(recipe(file), out, TINY);
            assertEquals(0, r.exitCode(), file + ": " + r.err());
            List<String> lines = r.out().lines().toList();
            assertEquals("run directory: " + out, lines.get(0));
            assertTrue(lines.get(1).startsWith("sft: "), r.out());
            assertTrue(lines.get(2).startsWith("start: eval win rate "), r.out());
            assertTrue(lines.get(3).startsWith("grpo: 2 updates"), r.out());
            assertEquals("final policy: " + out.resolve("checkpoints/final.zip"), lines.get(4));
            assertEquals(5, lines.size(), "nothing else on stdout: " + r.out());
            checkRunDirectory(recipe(file), RunDirectory.at(out));
        }
    }

    private static void checkRunDirectory(Path recipe, RunDirectory dir) throws IOException {
        for (Path p : List.of(dir.config(), dir.manifest(), dir.metricsJsonl(), dir.metricsCsv(), dir.samples(),
                dir.log(), dir.trainerState(), dir.checkpoint("sft.zip"), dir.checkpoint("update-1.zip"),
                dir.checkpoint("update-2.zip"), dir.checkpoint("final.zip"))) {
            assertTrue(Files.isRegularFile(p), p + " exists");
        }
        // The reporting side: plots and report.md at the end, a recorded episode per checkpoint.
        for (String file : List.of("report.md", "plots/reward.png", "plots/win_rates.png", "plots/entropy.png",
                "plots/tool_shares.png", "plots/sft.png")) {
            assertTrue(Files.isRegularFile(dir.root().resolve(file)), file + " exists");
        }
        try (var episodes = Files.list(dir.root().resolve(RunDirectory.EPISODES))) {
            List<String> names = episodes.map(e -> e.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("final-")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("sft-")), names.toString());
        }
        TrainConfig expected = TrainConfigLoader.load(recipe, TINY);
        TrainConfig written = TrainConfigLoader.load(dir.config());
        assertEquals(dir.root(), written.run().outDir());
        assertEquals(expected.grpo(), written.grpo());
        assertEquals(expected.sft(), written.sft());
        assertEquals(expected.name(), written.name());

        Manifest m = Manifest.read(dir.manifest());
        assertEquals(Manifest.COMPLETE, m.status());
        assertEquals(expected.seed(), m.seed());
        assertTrue(m.endedAt() != null);

        List<MetricsRow> rows = MetricsSink.read(dir.metricsJsonl());
        int sftEpochs = expected.sft().epochs() + expected.sft().dagger().rounds() * expected.sft().dagger().epochs();
        assertEquals(sftEpochs + 1 + 2, rows.size(), "SFT epochs (DAgger's included), the start evaluation, 2 updates");
        if (expected.sft().dagger().enabled()) {
            assertTrue(rows.stream().anyMatch(r -> r.values().containsKey("sft/dagger_student_win_rate")),
                    "a DAgger round logs the student's win rate");
        }
        assertTrue(rows.get(0).values().keySet().containsAll(Set.of("sft/train_loss", "sft/val_loss",
                "sft/val_accuracy")));
        MetricsRow last = rows.get(rows.size() - 1);
        assertEquals(2, last.step());
        Set<String> keys = last.values().keySet();
        Set<String> missing = new TreeSet<>(GRPO_KEYS);
        missing.removeAll(keys);
        assertTrue(missing.isEmpty(), "missing " + missing);
        for (Tool t : Tool.of(Actor.BLUE)) {
            assertTrue(keys.contains("train/tool_share/" + t.wireName()));
        }
        for (String opponent : List.of("blitz", "meander", "apt", "saboteur", "random")) {
            assertTrue(keys.contains("eval/win_rate/" + opponent), opponent);
            assertTrue(keys.contains("eval/return/" + opponent), opponent);
        }
        List<String> csv = Files.readAllLines(dir.metricsCsv());
        assertEquals(rows.size() + 1, csv.size());
        assertTrue(csv.get(0).startsWith("step,eval/return/apt,"));

        checkSamples(dir, expected.grpo().antiCollapse().enabled());
    }

    /** Without the penalty, every decision of a sequence shares one advantage. */
    private static void checkSamples(RunDirectory dir, boolean penalty) throws IOException {
        List<String> lines = Files.readAllLines(dir.samples());
        assertFalse(lines.isEmpty());
        Map<String, Double> advantage = new HashMap<>();
        for (String line : lines) {
            JsonNode n = JSON.readTree(line);
            for (String field : List.of("update", "group", "sequence", "tool", "count", "reward", "penalty",
                    "advantage")) {
                assertTrue(n.has(field), field + " in " + line);
            }
            String seq = n.get("update").asInt() + "/" + n.get("sequence").asInt();
            if (!penalty) {
                assertEquals(0.0, n.get("penalty").asDouble());
                Double prior = advantage.putIfAbsent(seq, n.get("advantage").asDouble());
                assertTrue(prior == null || prior == n.get("advantage").asDouble(), line);
            }
        }
    }

    @Test
    void resumingAFinishedRunSaysItIsComplete() {
        Path out = tmp.resolve("done");
        assertEquals(0, train(recipe("quickstart.yaml"), out, TINY).exitCode());
        CliRun r = CliRun.of("train", "--resume", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("already complete"), r.out());
        CliRun sameConfig = CliRun.of("train", "--config", out.resolve("config.yaml").toString(), "--resume",
                out.toString());
        assertEquals(0, sameConfig.exitCode(), sameConfig.err());
        CliRun otherConfig = CliRun.of("train", "--config", recipe("sft-grpo.yaml").toString(), "--resume",
                out.toString());
        assertEquals(2, otherConfig.exitCode());
        assertTrue(otherConfig.err().contains("differs from"), otherConfig.err());
    }

    @Test
    void aBadConfigExitsTwoNamingTheField() {
        CliRun r = train(recipe("quickstart.yaml"), tmp.resolve("bad"), List.of("grpo.epsilon=1.5"));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains("grpo.epsilon"), r.err());
        assertTrue(r.err().contains("1.5"), r.err());
        assertFalse(Files.exists(tmp.resolve("bad")), "nothing is written for a bad config");

        CliRun unknown = train(recipe("quickstart.yaml"), tmp.resolve("bad"), List.of("grpo.epsilonn=0.1"));
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("grpo.epsilonn"), unknown.err());
    }

    @Test
    void badInvocationsExitTwo() throws IOException {
        Path busy = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(busy.resolve("x"), "x");
        CliRun r = train(recipe("quickstart.yaml"), busy, TINY);
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--resume " + busy), r.err());

        CliRun notARun = CliRun.of("train", "--resume", tmp.resolve("nothing").toString());
        assertEquals(2, notARun.exitCode());
        assertTrue(notARun.err().contains("not a run directory"), notARun.err());

        assertEquals(2, CliRun.of("train").exitCode());
        assertEquals(2, CliRun.of("train", "--resume", busy.toString(), "--set", "seed=1").exitCode());
    }
}
