package org.cyberselfplay.train.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cyberselfplay.train.config.ExecutorConfig;
import org.cyberselfplay.train.config.TrainConfig;
import org.cyberselfplay.train.report.Progress;
import org.cyberselfplay.train.trainer.ProgressSource;
import org.cyberselfplay.train.run.MetricsRow;
import org.cyberselfplay.train.run.MetricsSink;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.trainer.TrainingRun;

/**
 * Throughput of training: runs the GRPO phase of a config in a temporary run directory and averages the
 * trainer's own per-update figures ({@code train/samples_per_second}: decisions through the GRPO update per
 * second; {@code train/env_steps_per_second}: env steps per second while collecting groups), skipping the
 * first update, which pays for JIT warm-up; and the mean wall-clock time of an update (rollouts, GRPO update,
 * metrics), from the end of one update to the end of the next, so the first is excluded here too.
 */
public final class TrainBenchmark {

    /**
     * @param updates            updates measured (the first, warm-up, excluded)
     * @param samplesPerSecond   mean GRPO-update throughput in learner decisions per second
     * @param envStepsPerSecond  mean rollout throughput in env steps per second
     * @param secondsPerUpdate   mean wall-clock seconds of an update
     * @param seconds            wall-clock length of the whole run
     * @param executor           where the rollouts ran
     */
    public record Result(String scenario, int groupSize, int groupsPerUpdate, int updates, double samplesPerSecond,
                         double envStepsPerSecond, double secondsPerUpdate, double seconds, String executor) {
    }

    private TrainBenchmark() {
    }

    /** Runs {@code config} (its GRPO phase should have at least two updates) and measures it. */
    public static Result run(TrainConfig config) {
        return run(config, Optional.empty());
    }

    /** Runs {@code config} with its rollouts on {@code executor} (empty: the config's) and measures it. */
    public static Result run(TrainConfig config, Optional<ExecutorConfig> executor) {
        Path dir;
        try {
            dir = Files.createTempDirectory("cyberselfplay-bench-train");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary run directory", e);
        }
        try {
            long start = System.nanoTime();
            List<Long> ends = new ArrayList<>();
            TrainingRun.Options options = new TrainingRun.Options(TrainingRun.Options.defaults().reporter(),
                    timing(ends), Integer.MAX_VALUE, executor);
            TrainingRun.start(config, dir, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            List<MetricsRow> updates = MetricsSink.read(RunDirectory.at(dir).metricsJsonl()).stream()
                    .filter(r -> r.values().containsKey("train/samples_per_second") && r.step() > 1).toList();
            if (updates.isEmpty()) {
                throw new IllegalStateException("the run logged no GRPO update after the first; give it more updates");
            }
            return new Result(config.scenario(), config.grpo().groupSize(), config.grpo().groupsPerUpdate(),
                    updates.size(), mean(updates, "train/samples_per_second"), mean(updates, "train/env_steps_per_second"),
                    (ends.get(ends.size() - 1) - ends.get(0)) / 1e9 / (ends.size() - 1), seconds,
                    executor.orElse(config.run().executor()).type().wireName());
        } finally {
            deleteTree(dir);
        }
    }

    /** Progress of the GRPO phase that records the time each update ends. */
    private static ProgressSource timing(List<Long> ends) {
        return (task, total) -> new Progress() {
            @Override
            public void advance(long steps, String message) {
                if (task.equals("grpo")) {
                    ends.add(System.nanoTime());
                }
            }

            @Override
            public void close() {
            }
        };
    }

    private static double mean(List<MetricsRow> rows, String key) {
        return rows.stream().mapToDouble(r -> r.values().get(key)).average().orElseThrow();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary run directory " + dir, e);
        }
    }
}
