package org.cyberselfplay.league.eval;

/**
 * A {@link MatchExecutor} type that cannot be used here: unknown, or its module or libraries are not on the
 * classpath. The message says which and how to get it, in one sentence fit for a user.
 */
public final class ExecutorUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExecutorUnavailableException(String message) {
        super(message);
    }

    public ExecutorUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
