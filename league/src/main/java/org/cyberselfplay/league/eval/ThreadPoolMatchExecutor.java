package org.cyberselfplay.league.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * The embedded default: tasks of one block each on a fixed pool of this process's threads, playing the live
 * policies (when more than one thread runs, a {@code forThread()} copy per thread and job). The pool's threads are daemons
 * kept between jobs (native math libraries set up per thread once) and end after a minute without work, so an
 * executor that is never closed holds nothing for long.
 */
public final class ThreadPoolMatchExecutor implements MatchExecutor {
    private static final long IDLE_SECONDS = 60;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;
    private ThreadPoolExecutor pool;

    /** @param threads worker threads, {@code >= 1} */
    public ThreadPoolMatchExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public int blocksPerTask() {
        return 1;
    }

    @Override
    public List<MatchResult> run(MatchJob job) {
        List<MatchTask> tasks = job.tasks();
        Scenario scenario = job.scenario().scenario();
        if (threads == 1 || tasks.size() <= 1) {
            List<MatchResult> out = new ArrayList<>(tasks.size());
            for (MatchTask t : tasks) {
                out.add(TaskPlayer.play(scenario, live(job, t.blueKey()), live(job, t.redKey()), t));
            }
            return out;
        }
        ExecutorService workers = pool();
        List<Future<MatchResult>> futures = new ArrayList<>(tasks.size());
        // One forThread() copy of each policy per worker thread and job: copying a network costs more than a block.
        Map<Thread, Map<String, Policy>> copies = new ConcurrentHashMap<>();
        try {
            for (MatchTask t : tasks) {
                futures.add(workers.submit(() -> {
                    Map<String, Policy> mine = copies.computeIfAbsent(Thread.currentThread(), x -> new HashMap<>());
                    return TaskPlayer.play(scenario, mine.computeIfAbsent(t.blueKey(), k -> live(job, k).forThread()),
                            mine.computeIfAbsent(t.redKey(), k -> live(job, k).forThread()), t);
                }));
            }
            List<MatchResult> out = new ArrayList<>(tasks.size());
            for (Future<MatchResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            int id = POOLS.incrementAndGet();
            AtomicInteger n = new AtomicInteger();
            pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    r -> {
                        Thread t = new Thread(r, "matches-" + id + "-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
        }
        return pool;
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }

    private static Policy live(MatchJob job, String key) {
        return job.policies().get(key).live();
    }

    @Override
    public String describe() {
        return "threads (" + threads + ")";
    }
}
