package org.cyberselfplay.league.eval;

import java.util.List;

/**
 * Runs match tasks somewhere: on this process's threads ({@link ThreadPoolMatchExecutor}, the default) or on a
 * cluster (the {@code spark} module). A task's result depends on the task alone, never on where or with what else
 * it runs, so every executor returns the same results for the same job.
 */
public interface MatchExecutor extends AutoCloseable {

    /**
     * Lockstep blocks per task that this executor wants the work cut into ({@link MatchTask#split}), {@code >= 1}:
     * 1 spreads the work finest; executors with a per-task cost ask for more.
     */
    int blocksPerTask();

    /**
     * Plays every task of {@code job}.
     *
     * @return one result per task, in task order
     * @throws IllegalStateException when a policy chooses an illegal action, or the executor fails
     */
    List<MatchResult> run(MatchJob job);

    /** A short description for logs, e.g. {@code threads (2)} or {@code spark (local[2])}. */
    String describe();

    /** Releases what the executor holds (threads, a cluster connection). Idempotent. */
    @Override
    default void close() {
    }
}
