package org.cyberselfplay.train.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The layout of a run directory ({@code runs/<name>/} or {@code --out DIR}):
 *
 * <pre>
 *   config.yaml            the resolved run config (every default filled in)
 *   manifest.json          seed, git commit, Java and DL4J versions, start/end time, status
 *   metrics.jsonl          one JSON object per metrics row: {"step": n, "&lt;key&gt;": value, ...}
 *   metrics.csv            the same rows; header = step and the union of keys
 *   samples.jsonl          GRPO reward traces: update, group, tool, reward, penalty, advantage
 *   log.txt                the run's log lines (Log4j2)
 *   checkpoints/           sft.zip, update-&lt;n&gt;.zip, final.zip and trainer-state.json
 *   plots/, report.md,
 *   episodes/              written through a {@link RunReporter}
 * </pre>
 *
 * Immutable; creating the directories is explicit ({@link #create}).
 */
public final class RunDirectory {
    public static final String CONFIG = "config.yaml";
    public static final String MANIFEST = "manifest.json";
    public static final String METRICS_JSONL = "metrics.jsonl";
    public static final String METRICS_CSV = "metrics.csv";
    public static final String SAMPLES = "samples.jsonl";
    public static final String LOG = "log.txt";
    public static final String CHECKPOINTS = "checkpoints";
    public static final String TRAINER_STATE = "trainer-state.json";
    public static final String PLOTS = "plots";
    public static final String EPISODES = "episodes";
    public static final String REPORT = "report.md";
    /** The SFT policy: GRPO's start and frozen reference. */
    public static final String SFT_CHECKPOINT = "sft.zip";
    /** The last policy of a finished run. */
    public static final String FINAL_CHECKPOINT = "final.zip";

    private final Path root;

    private RunDirectory(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** The run directory at {@code root} (nothing is created). */
    public static RunDirectory at(Path root) {
        return new RunDirectory(root);
    }

    /** The periodic checkpoint of GRPO update {@code update}: {@code update-<n>.zip}. */
    public static String updateCheckpoint(int update) {
        return "update-" + update + ".zip";
    }

    /** Creates the directory and {@code checkpoints/}. */
    public RunDirectory create() {
        try {
            Files.createDirectories(checkpoints());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run directory " + root + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** Whether the directory exists and holds anything. */
    public boolean isNonEmpty() {
        if (!Files.isDirectory(root)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    public Path config() {
        return root.resolve(CONFIG);
    }

    public Path manifest() {
        return root.resolve(MANIFEST);
    }

    public Path metricsJsonl() {
        return root.resolve(METRICS_JSONL);
    }

    public Path metricsCsv() {
        return root.resolve(METRICS_CSV);
    }

    public Path samples() {
        return root.resolve(SAMPLES);
    }

    public Path log() {
        return root.resolve(LOG);
    }

    public Path checkpoints() {
        return root.resolve(CHECKPOINTS);
    }

    /** A file in {@code checkpoints/}. */
    public Path checkpoint(String fileName) {
        return checkpoints().resolve(fileName);
    }

    public Path trainerState() {
        return checkpoints().resolve(TRAINER_STATE);
    }

    public Path plots() {
        return root.resolve(PLOTS);
    }

    public Path episodes() {
        return root.resolve(EPISODES);
    }

    public Path report() {
        return root.resolve(REPORT);
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
