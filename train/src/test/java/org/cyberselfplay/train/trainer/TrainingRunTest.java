package org.cyberselfplay.train.trainer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.train.run.Manifest;
import org.cyberselfplay.train.run.MetricsRow;
import org.cyberselfplay.train.run.MetricsSink;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.run.RunReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole runs on tiny settings: resume equals an uninterrupted run; Red learners, curricula, state groups. */
class TrainingRunTest {
    @TempDir
    Path tmp;

    @Test
    void aResumedRunGivesTheMetricsSamplesAndWeightsOfAnUninterruptedOne() throws IOException {
        var config = TinyRuns.config(TinyRuns.BLUE);
        TrainingOutcome whole = TrainingRun.start(config, tmp.resolve("whole"), TrainingRun.Options.defaults());
        assertTrue(whole.complete());

        Path cut = tmp.resolve("cut");
        List<String> events = new java.util.ArrayList<>();
        RunReporter reporter = new RunReporter() {
            @Override
            public void checkpointSaved(Run run, Checkpoint checkpoint) {
                events.add(checkpoint.label());
                assertTrue(Files.isRegularFile(checkpoint.file()));
            }

            @Override
            public void runFinished(Run run, Outcome outcome) {
                events.add("finished:" + outcome.status());
            }
        };
        // Stopped after update 3 with the last checkpoint at update 2, as a kill would leave it.
        TrainingOutcome first = TrainingRun.start(config, cut, new TrainingRun.Options(reporter,
                ProgressSource.none(), 3));
        assertFalse(first.complete());
        RunDirectory dir = RunDirectory.at(cut);
        assertEquals(1, MetricsSink.read(dir.metricsJsonl()).stream().filter(r -> r.step() == 3).count(),
                "update 3 was recorded past the checkpoint");
        assertEquals(2, TrainerState.read(dir.trainerState()).update());
        assertEquals(Manifest.RUNNING, Manifest.read(dir.manifest()).status());

        TrainingOutcome second = TrainingRun.resume(cut, new TrainingRun.Options(reporter, ProgressSource.none(),
                Integer.MAX_VALUE));
        assertTrue(second.complete());
        assertEquals(2, second.grpo().orElseThrow().updates(), "updates 3 and 4 after the resume");

        List<MetricsRow> a = TinyRuns.withoutThroughput(MetricsSink.read(RunDirectory.at(tmp.resolve("whole"))
                .metricsJsonl()));
        List<MetricsRow> b = TinyRuns.withoutThroughput(MetricsSink.read(dir.metricsJsonl()));
        assertEquals(a, b);
        assertEquals(Files.readString(tmp.resolve("whole").resolve(RunDirectory.SAMPLES)),
                Files.readString(dir.samples()));
        var scenario = Scenarios.load("small");
        assertArrayEquals(Checkpoints.load(tmp.resolve("whole/checkpoints/final.zip"), scenario).network().params()
                .toFloatVector(), Checkpoints.load(dir.checkpoint("final.zip"), scenario).network().params()
                .toFloatVector());
        assertEquals(List.of("sft", "update-2", "update-4", "final", "finished:complete"), events);
        Manifest m = Manifest.read(dir.manifest());
        assertEquals(Manifest.COMPLETE, m.status());
        assertEquals(1, m.resumedAt().size());

        TrainingOutcome again = TrainingRun.resume(cut, TrainingRun.Options.defaults());
        assertTrue(again.alreadyComplete());
    }

    @Test
    void aRedLearnerFollowsItsCurriculumAndIsEvaluatedAgainstBlue() {
        var config = TinyRuns.config("""
                name: red
                seed: 5
                scenario: small
                learner: red
                opponents: [{policy: "scripted:expert"}, {policy: "scripted:random"}]
                network: {hidden_sizes: [16, 16], max_hosts: 12}
                curriculum: {enabled: true, scenarios: [small, medium], thresholds: [0.0], min_episodes: 1}
                sft: {episodes: 3, epochs: 1}
                grpo: {updates: 2, group_size: 2, groups_per_update: 2}
                eval: {every: 2, episodes: 2}
                run: {threads: 2, checkpoint_every: 5}
                """);
        TrainingOutcome out = TrainingRun.start(config, tmp.resolve("red"), TrainingRun.Options.defaults());
        assertTrue(out.complete());
        List<MetricsRow> rows = MetricsSink.read(RunDirectory.at(tmp.resolve("red")).metricsJsonl());
        Map<Long, MetricsRow> byStep = new HashMap<>();
        rows.stream().filter(r -> r.values().containsKey("train/loss")).forEach(r -> byStep.put(r.step(), r));
        assertEquals(0.0, byStep.get(1L).values().get("train/curriculum/stage"));
        assertEquals(1.0, byStep.get(2L).values().get("train/curriculum/stage"), "medium after update 1");
        assertTrue(byStep.get(2L).values().containsKey("eval/win_rate/expert"));
        assertTrue(byStep.get(2L).values().containsKey("train/tool_share/attempt_exploit"));
        assertEquals(Actor.RED.wireName(), Checkpoints.readManifest(RunDirectory.at(tmp.resolve("red"))
                .checkpoint(RunDirectory.FINAL_CHECKPOINT)).side());
    }

    @Test
    void stateGroupsDrGrpoAndACosineScheduleRunWithoutSft() {
        var config = TinyRuns.config(TinyRuns.BLUE, "sft.enabled=false", "grpo.group_mode=state",
                "grpo.horizon=3", "grpo.loss_type=dr_grpo", "grpo.num_iterations=2", "grpo.beta=0",
                "grpo.lr_schedule.type=cosine", "grpo.lr_schedule.warmup_steps=2", "grpo.group_size=3");
        TrainingOutcome out = TrainingRun.start(config, tmp.resolve("state"), TrainingRun.Options.defaults());
        assertTrue(out.complete());
        assertTrue(out.sft().isEmpty());
        RunDirectory dir = RunDirectory.at(tmp.resolve("state"));
        assertFalse(Files.exists(dir.checkpoint(RunDirectory.SFT_CHECKPOINT)));
        List<MetricsRow> rows = MetricsSink.read(dir.metricsJsonl()).stream()
                .filter(r -> r.values().containsKey("train/loss")).toList();
        assertEquals(4, rows.size());
        // Eight optimizer steps, two per update: warm-up to the full rate at step 1, then a cosine decay that
        // would reach 0 at step 8; each row logs the rate of its update's last step.
        double lr = config.grpo().learningRate();
        assertEquals(lr, rows.get(0).values().get("train/learning_rate"), 1e-12);
        assertEquals(lr * 0.5 * (1 + Math.cos(Math.PI * 5 / 6)), rows.get(3).values().get("train/learning_rate"),
                1e-12);
        for (MetricsRow r : rows) {
            double sum = r.values().entrySet().stream().filter(e -> e.getKey().startsWith("train/tool_share/"))
                    .mapToDouble(Map.Entry::getValue).sum();
            assertEquals(1.0, sum, 1e-9);
        }
    }

    @Test
    void stepsPerGenerationTakesOneOptimizerStepPerMinibatch() {
        var config = TinyRuns.config(TinyRuns.BLUE, "sft.enabled=false", "grpo.steps_per_generation=2",
                "grpo.lr_schedule.type=linear");
        Path dir = tmp.resolve("minibatches");
        assertTrue(TrainingRun.start(config, dir, TrainingRun.Options.defaults()).complete());
        List<MetricsRow> rows = MetricsSink.read(RunDirectory.at(dir).metricsJsonl()).stream()
                .filter(r -> r.values().containsKey("train/loss")).toList();
        assertEquals(4, rows.size());
        // 4 updates of 2 minibatches (one group each): 8 steps of a linear decay to 0, and each row logs the rate
        // of its update's last step, so update 1 ends at step 1 (7/8 of the rate) and update 4 at step 7 (1/8).
        double lr = config.grpo().learningRate();
        assertEquals(lr * 7 / 8, rows.get(0).values().get("train/learning_rate"), 1e-12);
        assertEquals(lr / 8, rows.get(3).values().get("train/learning_rate"), 1e-12);
        var last = Checkpoints.load(RunDirectory.at(dir).checkpoint(RunDirectory.FINAL_CHECKPOINT),
                Scenarios.preset("small"));
        assertEquals(8, last.network().getIterationCount());
    }

    @Test
    void theThreadCountDoesNotChangeTheRun() {
        // 17 groups of 2 make two rollout blocks (16 groups per block), so two threads share the work.
        String[] sizes = {"sft.episodes=3", "sft.epochs=1", "grpo.updates=2", "grpo.groups_per_update=17"};
        List<MetricsRow> rows = new java.util.ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            String[] overrides = java.util.Arrays.copyOf(sizes, sizes.length + 1);
            overrides[sizes.length] = "run.threads=" + threads;
            Path dir = tmp.resolve("threads-" + threads);
            TrainingRun.start(TinyRuns.config(TinyRuns.BLUE, overrides), dir, TrainingRun.Options.defaults());
            List<MetricsRow> r = TinyRuns.withoutThroughput(MetricsSink.read(RunDirectory.at(dir).metricsJsonl()));
            if (rows.isEmpty()) {
                rows.addAll(r);
            } else {
                assertEquals(rows, r);
            }
        }
    }

    @Test
    void aRunDoesNotStartInADirectoryThatHoldsFiles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(dir.resolve("note.txt"), "x");
        assertThrows(IllegalArgumentException.class, () -> TrainingRun.start(TinyRuns.config(TinyRuns.BLUE), dir,
                TrainingRun.Options.defaults()));
    }
}
