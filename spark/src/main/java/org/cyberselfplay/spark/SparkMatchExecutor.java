package org.cyberselfplay.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.cyberselfplay.league.eval.ExecutorSettings;
import org.cyberselfplay.league.eval.MatchExecutor;
import org.cyberselfplay.league.eval.MatchJob;
import org.cyberselfplay.league.eval.MatchResult;
import org.cyberselfplay.league.eval.MatchRunner;
import org.cyberselfplay.league.eval.MatchTask;

/**
 * Runs match tasks as Spark tasks: one Spark job per {@link MatchJob} (a league round's row of payoff cells, a
 * column, or an evaluation), one partition per task. The job's portable part (scenario and policies, weights
 * included) is serialized once with Java serialization and broadcast as bytes, so it travels to each executor
 * once per job whatever serializer Spark is configured with; tasks carry only strings and numbers, and their
 * closure holds only the broadcast. Executors rebuild each policy once per version ({@link ExecutorCache}).
 * Gradient updates and everything else stay on the driver.
 *
 * <p>Tasks are runs of {@link #blocksPerTask()} lockstep blocks: more blocks per task amortize Spark's cost per
 * task, fewer spread the work over more cores. Results equal the thread pool's, whatever the cut.
 */
public final class SparkMatchExecutor implements MatchExecutor {
    /**
     * Blocks of {@value MatchRunner#DEFAULT_BATCH} episodes per task unless configured: with 2, a league round of
     * 200 episodes per cell cuts each cell into 2 tasks (128 + 72 episodes), the cheapest cut measured on local[2]
     * (1 and 4 blocks per task cost more; see the README's 'Running on a cluster').
     */
    public static final int DEFAULT_BLOCKS_PER_TASK = 2;

    private static final Logger LOG = LogManager.getLogger();

    private final JavaSparkContext sc;
    private final boolean owned;
    private final int blocksPerTask;
    private final String master;
    private boolean closed;

    /**
     * An executor on an existing context, which the caller keeps and stops.
     *
     * @param blocksPerTask lockstep blocks per task, {@code >= 1}
     */
    public SparkMatchExecutor(JavaSparkContext sc, int blocksPerTask) {
        this(sc, false, blocksPerTask);
    }

    private SparkMatchExecutor(JavaSparkContext sc, boolean owned, int blocksPerTask) {
        if (blocksPerTask < 1) {
            throw new IllegalArgumentException("blocks per task must be >= 1, got " + blocksPerTask);
        }
        this.sc = sc;
        this.owned = owned;
        this.blocksPerTask = blocksPerTask;
        this.master = sc.master();
    }

    /**
     * Starts a Spark context for {@code settings} ({@link #conf}), or joins the one a rollout executor of this
     * process started; the last {@link #close()} stops it.
     */
    public static SparkMatchExecutor start(ExecutorSettings settings) {
        JavaSparkContext sc = SparkContexts.acquire(settings);
        return new SparkMatchExecutor(sc, true, settings.blocksPerTask(MatchRunner.DEFAULT_BATCH,
                DEFAULT_BLOCKS_PER_TASK));
    }

    /**
     * The Spark configuration of {@code settings}: Spark's own properties (from {@code spark-submit} or system
     * properties), the master of the settings if they name one (else spark-submit's, else {@code local[*]}), one
     * OpenMP thread per executor process for ND4J unless set, no console progress bar, then the settings' own
     * properties.
     */
    public static SparkConf conf(ExecutorSettings settings) {
        SparkConf conf = new SparkConf();
        settings.master().ifPresent(conf::setMaster);
        conf.setIfMissing("spark.master", "local[*]");
        conf.setIfMissing("spark.app.name", "cyberselfplay");
        conf.setIfMissing("spark.executorEnv.OMP_NUM_THREADS", "1");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        for (Map.Entry<String, String> e : settings.conf().entrySet()) {
            conf.set(e.getKey(), e.getValue());
        }
        return conf;
    }

    @Override
    public int blocksPerTask() {
        return blocksPerTask;
    }

    @Override
    public List<MatchResult> run(MatchJob job) {
        List<MatchTask> tasks = job.tasks();
        if (tasks.isEmpty()) {
            return List.of();
        }
        byte[] payload = serialize(job.portable());
        Broadcast<byte[]> shared = sc.broadcast(payload);
        long start = System.nanoTime();
        try {
            sc.setJobGroup("cyberselfplay-round-" + job.round(), "round " + job.round() + ": " + tasks.size()
                    + " match tasks, " + job.episodes() + " episodes", false);
            PlayTask play = new PlayTask(UUID.randomUUID().toString(), shared);
            List<MatchResult> out = sc.parallelize(tasks, tasks.size()).map(play).collect();
            LOG.debug("round {}: {} tasks ({} episodes, {} bytes of policies) on {} in {} ms", job.round(),
                    tasks.size(), job.episodes(), payload.length, master, (System.nanoTime() - start) / 1_000_000);
            return out;
        } catch (Exception e) {
            throw SparkContexts.failure("match tasks of round " + job.round(), e);
        } finally {
            shared.destroy();
        }
    }

    /** The payload in Java serialization, for a broadcast. */
    static byte[] serialize(MatchJob.Payload payload) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the match job: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    @Override
    public String describe() {
        return "spark (" + master + ", " + blocksPerTask + (blocksPerTask == 1 ? " block" : " blocks") + " per task)";
    }

    @Override
    public synchronized void close() {
        if (owned && !closed) {
            closed = true;
            SparkContexts.release(sc);
        }
    }
}
