/**
 * Evaluation matches on Apache Spark: {@link org.cyberselfplay.spark.SparkMatchExecutor} runs the league's
 * {@link org.cyberselfplay.league.eval.MatchTask}s as Spark tasks, ships each job's policies once as a broadcast,
 * and keeps rebuilt policies on executors by version ({@link org.cyberselfplay.spark.ExecutorCache}). Found through
 * {@link org.cyberselfplay.spark.SparkMatchExecutorProvider} (type {@code spark}) when this module's jar is on the
 * classpath; Spark itself is provided by the cluster.
 *
 * <p>Depends on {@code league.eval} (and through it {@code env} and {@code agents}) and on Spark's Java API.
 */
package org.cyberselfplay.spark;
