package org.cyberselfplay.train.rollout;

import org.cyberselfplay.league.eval.ExecutorSettings;

/**
 * A kind of {@link RolloutExecutor} found on the classpath with {@link java.util.ServiceLoader} (a file {@code
 * META-INF/services/org.cyberselfplay.train.rollout.RolloutExecutorProvider}), as the league's {@code
 * MatchExecutorProvider} is for matches: the module that provides one type provides both. Look providers up with
 * {@link RolloutExecutors}.
 */
public interface RolloutExecutorProvider {

    /** The type name users choose it by, e.g. {@code spark}; lower case, the same as its match executor's. */
    String type();

    /**
     * Starts an executor.
     *
     * @throws org.cyberselfplay.league.eval.ExecutorUnavailableException when what it needs is missing
     */
    RolloutExecutor create(ExecutorSettings settings);
}
