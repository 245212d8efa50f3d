package org.cyberselfplay.train.rollout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cyberselfplay.agents.neural.NeuralPolicy;

/**
 * The embedded default: each block on one of a fixed pool of this process's threads with its own
 * {@code forThread()} copies of the learner and the opponents (with one thread, or one block, everything on the
 * calling thread with the live policies). Close it to stop its threads.
 */
public final class ThreadPoolRolloutExecutor implements RolloutExecutor {
    private final int threads;
    private final ExecutorService pool;

    /** An executor on {@code threads} worker threads ({@code 1}: everything on the calling thread). */
    public ThreadPoolRolloutExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        AtomicInteger count = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rollout-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public List<RolloutResult> run(RolloutJob job) {
        List<RolloutTask> tasks = job.tasks();
        List<RolloutResult> results = new ArrayList<>(tasks.size());
        if (pool == null || tasks.size() == 1) {
            for (RolloutTask t : tasks) {
                results.add(BlockPlayer.play(t, job.learner(), job.mix()));
            }
            return results;
        }
        List<Future<RolloutResult>> futures = new ArrayList<>(tasks.size());
        for (RolloutTask t : tasks) {
            NeuralPolicy l = job.learner().forThread();
            OpponentMix m = job.mix().forThread();
            futures.add(pool.submit(() -> BlockPlayer.play(t, l, m)));
        }
        for (Future<RolloutResult> f : futures) {
            results.add(await(f));
        }
        return results;
    }

    @Override
    public String describe() {
        return "threads (" + threads + ")";
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static RolloutResult await(Future<RolloutResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rollouts interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("rollouts failed: " + e.getCause(), e.getCause());
        }
    }
}
