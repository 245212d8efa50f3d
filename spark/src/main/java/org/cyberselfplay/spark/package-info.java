/**
 * Evaluation matches and GRPO rollout blocks on Apache Spark: {@link org.cyberselfplay.spark.SparkMatchExecutor} runs the league's
 * {@link org.cyberselfplay.league.eval.MatchTask}s as Spark tasks, ships each job's policies once as a broadcast,
 * and keeps rebuilt policies on executors by version ({@link org.cyberselfplay.spark.ExecutorCache});
 * {@link org.cyberselfplay.spark.SparkRolloutExecutor} does the same for train's
 * {@link org.cyberselfplay.train.rollout.RolloutTask}s (the learner's weights broadcast once per update), on the
 * same context ({@link org.cyberselfplay.spark.SparkContexts}). Found through
 * {@link org.cyberselfplay.spark.SparkMatchExecutorProvider} and
 * {@link org.cyberselfplay.spark.SparkRolloutExecutorProvider} (type {@code spark}) when this module's jar is on
 * the classpath; Spark itself is provided by the cluster.
 *
 * <p>Depends on {@code league.eval}, {@code train.rollout} (and through them {@code env} and {@code agents}) and on
 * Spark's Java API.
 */
package org.cyberselfplay.spark;
