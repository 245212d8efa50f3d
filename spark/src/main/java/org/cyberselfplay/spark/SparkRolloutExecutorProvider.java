package org.cyberselfplay.spark;

import org.cyberselfplay.league.eval.ExecutorSettings;
import org.cyberselfplay.train.rollout.RolloutExecutor;
import org.cyberselfplay.train.rollout.RolloutExecutorProvider;

/**
 * The {@code spark} rollout executor type. Loading it never touches Spark's classes; whether Spark is on the
 * classpath is checked first by the match provider's {@link SparkMatchExecutorProvider#requireAvailable()}.
 */
public final class SparkRolloutExecutorProvider implements RolloutExecutorProvider {

    @Override
    public String type() {
        return SparkMatchExecutorProvider.TYPE;
    }

    @Override
    public RolloutExecutor create(ExecutorSettings settings) {
        new SparkMatchExecutorProvider().requireAvailable();
        return SparkRolloutExecutor.start(settings);
    }
}
