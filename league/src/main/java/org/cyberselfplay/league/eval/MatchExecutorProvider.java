package org.cyberselfplay.league.eval;

/**
 * A kind of {@link MatchExecutor} found on the classpath with {@link java.util.ServiceLoader} (a file {@code
 * META-INF/services/org.cyberselfplay.league.eval.MatchExecutorProvider}), so that optional modules such as
 * {@code spark} plug in without the core depending on them. Look providers up with {@link MatchExecutors}.
 */
public interface MatchExecutorProvider {

    /** The type name users choose it by, e.g. {@code spark}; lower case. */
    String type();

    /**
     * Checks that what the executor needs is on the classpath, without starting anything.
     *
     * @throws ExecutorUnavailableException saying what is missing and how to get it
     */
    void requireAvailable();

    /**
     * Starts an executor.
     *
     * @throws ExecutorUnavailableException when what it needs is missing
     */
    MatchExecutor create(ExecutorSettings settings);
}
