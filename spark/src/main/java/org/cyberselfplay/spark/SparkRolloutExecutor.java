package org.cyberselfplay.spark;

import java.util.List;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.cyberselfplay.league.eval.ExecutorSettings;
import org.cyberselfplay.train.rollout.RolloutExecutor;
import org.cyberselfplay.train.rollout.RolloutJob;
import org.cyberselfplay.train.rollout.RolloutResult;
import org.cyberselfplay.train.rollout.RolloutTask;

/**
 * Runs GRPO rollout blocks as Spark tasks: one Spark job per {@link RolloutJob} (one update), one partition per
 * block. The job's portable part (the scenario, the learner's weights as a checkpoint, the opponents as specs or
 * files) is serialized once and broadcast as bytes, so the learner's weights travel to each executor once per
 * update; tasks carry only seeds, settings and keys. Executors rebuild each policy once per version
 * ({@link ExecutorCache}): the learner once per update, the opponents once per run. The driver merges the blocks
 * in plan order and takes the gradient update.
 */
public final class SparkRolloutExecutor implements RolloutExecutor {
    private static final Logger LOG = LogManager.getLogger();

    private final JavaSparkContext sc;
    private final boolean owned;
    private final String master;
    private boolean closed;

    /** An executor on an existing context, which the caller keeps and stops. */
    public SparkRolloutExecutor(JavaSparkContext sc) {
        this(sc, false);
    }

    private SparkRolloutExecutor(JavaSparkContext sc, boolean owned) {
        this.sc = sc;
        this.owned = owned;
        this.master = sc.master();
    }

    /**
     * Starts a Spark context for {@code settings} ({@link SparkMatchExecutor#conf}), or joins the one a match
     * executor of this process started; the last {@link #close()} stops it.
     */
    public static SparkRolloutExecutor start(ExecutorSettings settings) {
        return new SparkRolloutExecutor(SparkContexts.acquire(settings), true);
    }

    @Override
    public List<RolloutResult> run(RolloutJob job) {
        List<RolloutTask> tasks = job.tasks();
        if (tasks.isEmpty()) {
            return List.of();
        }
        long start = System.nanoTime();
        byte[] payload = SparkMatchExecutor.serialize(job.portable());
        Broadcast<byte[]> shared = sc.broadcast(payload);
        try {
            sc.setJobGroup("cyberselfplay-rollouts-" + job.update(), "update " + job.update() + ": " + tasks.size()
                    + " rollout blocks", false);
            RolloutPlayTask play = new RolloutPlayTask(UUID.randomUUID().toString(), shared);
            List<RolloutResult> out = sc.parallelize(tasks, tasks.size()).map(play).collect();
            LOG.debug("update {}: {} rollout blocks ({} bytes of policies) on {} in {} ms", job.update(),
                    tasks.size(), payload.length, master, (System.nanoTime() - start) / 1_000_000);
            return out;
        } catch (Exception e) {
            throw SparkContexts.failure("rollout blocks of update " + job.update(), e);
        } finally {
            shared.destroy();
        }
    }

    @Override
    public String describe() {
        return "spark (" + master + ", 1 block per task)";
    }

    @Override
    public synchronized void close() {
        if (owned && !closed) {
            closed = true;
            SparkContexts.release(sc);
        }
    }
}
