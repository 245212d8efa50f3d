package org.cyberselfplay.league.eval;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start a {@link MatchExecutor}.
 *
 * @param type            {@code threads}, or the type of a {@link MatchExecutorProvider} (e.g. {@code spark})
 * @param master          the cluster to connect to, for executors that use one (a Spark master URL such as
 *                        {@code local[2]} or {@code spark://host:7077}); empty for the executor's default
 * @param threads         worker threads of an in-process executor, {@code >= 1}
 * @param episodesPerTask episodes per task for executors with a per-task cost (rounded up to whole blocks);
 *                        empty for the executor's default
 * @param conf            further executor-specific settings (e.g. Spark properties); copied
 */
public record ExecutorSettings(String type, Optional<String> master, int threads, Optional<Integer> episodesPerTask,
                               Map<String, String> conf) {
    /** The type of the embedded thread pool. */
    public static final String THREADS = "threads";

    public ExecutorSettings {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(episodesPerTask, "episodesPerTask");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        episodesPerTask.ifPresent(e -> {
            if (e < 1) {
                throw new IllegalArgumentException("episodes per task must be >= 1, got " + e);
            }
        });
        conf = Map.copyOf(conf);
    }

    /** The thread pool with {@code threads} threads. */
    public static ExecutorSettings threads(int threads) {
        return new ExecutorSettings(THREADS, Optional.empty(), threads, Optional.empty(), Map.of());
    }

    /** Blocks of {@code batch} episodes per task: {@code episodesPerTask} rounded up, or {@code fallback}. */
    public int blocksPerTask(int batch, int fallback) {
        return episodesPerTask.map(e -> (e + batch - 1) / batch).orElse(fallback);
    }
}
