package org.cyberselfplay.train.config;

import java.nio.file.Path;
import java.util.Objects;
import org.cyberselfplay.env.config.Bounds;

/**
 * The {@code run} section: where and how the run executes.
 *
 * @param outDir          {@code out_dir}: the run directory, relative to the working directory (default
 *                        {@code runs/<name>})
 * @param threads         {@code threads}: rollout and evaluation threads, {@code >= 1}; results do not depend
 *                        on it (default: the available cores)
 * @param checkpointEvery {@code checkpoint_every}: GRPO updates between checkpoints, {@code >= 1}; the final
 *                        policy is always saved (default 10)
 * @param executor        {@code executor}: where GRPO rollouts (and, in a league, evaluation matches) run
 *                        (default the thread pool)
 */
public record RunConfig(Path outDir, int threads, int checkpointEvery, ExecutorConfig executor) {
    /** Folder of the default run directories. */
    public static final String RUNS_DIR = "runs";
    /** Default {@code checkpoint_every}. */
    public static final int DEFAULT_CHECKPOINT_EVERY = 10;

    public RunConfig {
        Objects.requireNonNull(outDir, "out_dir");
        if (outDir.toString().isBlank()) {
            throw new IllegalArgumentException("out_dir: must not be blank");
        }
        Checks.in("threads", threads, Bounds.POSITIVE);
        Checks.in("checkpoint_every", checkpointEvery, Bounds.POSITIVE);
        Objects.requireNonNull(executor, "executor");
    }

    /** A run on the thread pool. */
    public RunConfig(Path outDir, int threads, int checkpointEvery) {
        this(outDir, threads, checkpointEvery, ExecutorConfig.threads());
    }

    /** The run directory of a run called {@code name}: {@code runs/<name>}. */
    public static Path defaultOutDir(String name) {
        return Path.of(RUNS_DIR, name);
    }

    /** The number of threads used when {@code threads} is not set: the cores available to the JVM. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
