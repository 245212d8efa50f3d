package org.cyberselfplay.league.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * The embedded default: tasks of one block each on a fixed pool of this process's threads, playing the live
 * policies (a {@code forThread()} copy per task when more than one thread runs). A pool is started per job and
 * stopped after it, so the executor holds nothing between jobs.
 */
public final class ThreadPoolMatchExecutor implements MatchExecutor {
    private final int threads;

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
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()));
        try {
            List<Future<MatchResult>> futures = new ArrayList<>(tasks.size());
            for (MatchTask t : tasks) {
                Policy blue = live(job, t.blueKey());
                Policy red = live(job, t.redKey());
                futures.add(pool.submit(() -> TaskPlayer.play(scenario, blue.forThread(), red.forThread(), t)));
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
            pool.shutdownNow();
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
