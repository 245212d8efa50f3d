package org.cyberselfplay.spark;

import org.cyberselfplay.league.eval.ExecutorSettings;
import org.cyberselfplay.league.eval.ExecutorUnavailableException;
import org.cyberselfplay.league.eval.MatchExecutor;
import org.cyberselfplay.league.eval.MatchExecutorProvider;

/**
 * The {@code spark} executor type. Loading it never touches Spark's classes, so the check of whether Spark is on
 * the classpath can give a clear message instead of a {@link NoClassDefFoundError}.
 */
public final class SparkMatchExecutorProvider implements MatchExecutorProvider {
    /** The type name. */
    public static final String TYPE = "spark";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void requireAvailable() {
        try {
            Class.forName("org.apache.spark.api.java.JavaSparkContext", false,
                    SparkMatchExecutorProvider.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ExecutorUnavailableException("executor type spark needs Apache Spark 4.1 (Scala 2.13) on the "
                    + "classpath, which this jar leaves to the cluster: run it with spark-submit (see the README's "
                    + "'Running on a cluster') or use executor type threads", e);
        }
    }

    @Override
    public MatchExecutor create(ExecutorSettings settings) {
        requireAvailable();
        return SparkMatchExecutor.start(settings);
    }
}
