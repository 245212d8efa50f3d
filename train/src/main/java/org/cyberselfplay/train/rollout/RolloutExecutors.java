package org.cyberselfplay.train.rollout;

import java.util.ServiceLoader;
import org.cyberselfplay.league.eval.ExecutorSettings;
import org.cyberselfplay.league.eval.ExecutorUnavailableException;
import org.cyberselfplay.league.eval.MatchExecutors;

/** Starts {@link RolloutExecutor}s by type: {@code threads} built in, others through providers. */
public final class RolloutExecutors {
    private RolloutExecutors() {
    }

    /**
     * Starts the executor {@code settings} ask for; the caller closes it.
     *
     * @throws ExecutorUnavailableException when its type is unknown or cannot be used here (the match executors'
     *                                      message, which says what is missing and how to get it)
     */
    public static RolloutExecutor create(ExecutorSettings settings) {
        if (settings.type().equals(ExecutorSettings.THREADS)) {
            return new ThreadPoolRolloutExecutor(settings.threads());
        }
        MatchExecutors.requireAvailable(settings.type());
        for (RolloutExecutorProvider p : ServiceLoader.load(RolloutExecutorProvider.class)) {
            if (p.type().equals(settings.type())) {
                return p.create(settings);
            }
        }
        throw new ExecutorUnavailableException("executor type " + settings.type() + " runs matches only, not "
                + "rollouts; use executor type threads or spark");
    }
}
