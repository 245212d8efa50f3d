package org.cyberselfplay.train.rollout;

import java.util.List;

/**
 * Plays rollout blocks somewhere: on this process's threads ({@link ThreadPoolRolloutExecutor}, the default) or
 * on a cluster (the {@code spark} module). A block's result depends on its task and the policies' parameters
 * alone, so every executor returns the same results for the same job.
 */
public interface RolloutExecutor extends AutoCloseable {

    /**
     * Plays every block of {@code job}.
     *
     * @return one result per task, in task order
     * @throws IllegalStateException when a policy chooses an illegal action, or the executor fails
     */
    List<RolloutResult> run(RolloutJob job);

    /** A short description for logs, e.g. {@code threads (2)} or {@code spark (local[2])}. */
    String describe();

    /** Releases what the executor holds (threads, a cluster connection). Idempotent. */
    @Override
    default void close() {
    }
}
