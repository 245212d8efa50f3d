package org.cyberselfplay.spark;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.cyberselfplay.league.eval.ExecutorSettings;

/**
 * The one Spark context of this process, shared by the match and rollout executors a run starts (Spark allows one
 * active context per JVM): started by the first {@link #acquire}, stopped by the last {@link #release}.
 */
final class SparkContexts {
    private static final Logger LOG = LogManager.getLogger();

    private static JavaSparkContext shared;
    private static int users;

    private SparkContexts() {
    }

    /** The shared context, started for {@code settings} ({@link SparkMatchExecutor#conf}) if none is running. */
    static synchronized JavaSparkContext acquire(ExecutorSettings settings) {
        if (shared == null || shared.sc().isStopped()) {
            SparkConf conf = SparkMatchExecutor.conf(settings);
            LOG.info("starting Spark {} (master {})", org.apache.spark.package$.MODULE$.SPARK_VERSION(),
                    conf.get("spark.master"));
            shared = new JavaSparkContext(conf);
            users = 0;
        } else if (settings.master().isPresent() && !settings.master().get().equals(shared.master())) {
            LOG.warn("Spark already runs on {} in this process; {} is not used", shared.master(),
                    settings.master().get());
        }
        users++;
        return shared;
    }

    /** Gives {@code sc} back; the last user stops it. */
    static synchronized void release(JavaSparkContext sc) {
        if (sc == shared && --users == 0) {
            shared.stop();
            shared = null;
        }
    }

    /**
     * A failed Spark job as one clear error: {@code what} and the first line of Spark's message (the rest is the
     * executor's stack trace, kept in the cause). Spark throws its checked {@code SparkException} from Scala code,
     * undeclared, so callers catch {@code Exception}.
     */
    static IllegalStateException failure(String what, Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        String first = end < 0 ? message : message.substring(0, end);
        return new IllegalStateException(what + " failed on Spark: " + first, e);
    }
}
