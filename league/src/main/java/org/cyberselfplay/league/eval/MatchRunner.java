package org.cyberselfplay.league.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * Plays seeded Blue-vs-Red episodes on a thread pool. Episodes are cut into fixed blocks of
 * {@code batchSize} that run in lockstep with batched inference ({@link VectorMatch}); blocks are the unit
 * of work, and each block's randomness comes from {@link EpisodeSeeds}, so the results are the same for
 * any thread count.
 */
public final class MatchRunner {
    /** Episodes per lockstep block, unless configured. */
    public static final int DEFAULT_BATCH = 64;

    private final int threads;
    private final int batchSize;

    /**
     * @param threads   worker threads, {@code >= 1}
     * @param batchSize episodes per block, {@code >= 1}; part of the result's identity for neural policies
     *                  (a network's arithmetic may differ with the batch shape), so keep it fixed
     */
    public MatchRunner(int threads, int batchSize) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be >= 1, got " + threads + ", " + batchSize);
        }
        this.threads = threads;
        this.batchSize = batchSize;
    }

    /** One thread per core and the default block size. */
    public static MatchRunner defaults() {
        return new MatchRunner(Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH);
    }

    /**
     * Plays {@code episodes} episodes of {@code blue} against {@code red}.
     *
     * @return each episode's metrics, in episode order
     */
    public List<EpisodeMetrics> play(Scenario scenario, Policy blue, Policy red, long seed, int episodes) {
        if (blue.side() != Actor.BLUE || red.side() != Actor.RED) {
            throw new IllegalArgumentException("need a Blue and a Red policy, got " + blue.side() + " and " + red.side());
        }
        EpisodeSeeds seeds = EpisodeSeeds.of(seed, episodes);
        int blocks = (episodes + batchSize - 1) / batchSize;
        if (threads == 1 || blocks <= 1) {
            List<EpisodeMetrics> out = new ArrayList<>(episodes);
            for (int b = 0; b < blocks; b++) {
                out.addAll(block(scenario, blue, red, seeds, b));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, blocks));
        try {
            List<Future<List<EpisodeMetrics>>> futures = new ArrayList<>(blocks);
            for (int b = 0; b < blocks; b++) {
                int block = b;
                futures.add(pool.submit(() -> block(scenario, blue.forThread(), red.forThread(), seeds, block)));
            }
            EpisodeMetrics[] out = new EpisodeMetrics[episodes];
            for (int b = 0; b < blocks; b++) {
                List<EpisodeMetrics> part = futures.get(b).get();
                for (int k = 0; k < part.size(); k++) {
                    out[b * batchSize + k] = part.get(k);
                }
            }
            return Arrays.asList(out);
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

    private List<EpisodeMetrics> block(Scenario scenario, Policy blue, Policy red, EpisodeSeeds seeds, int b) {
        int from = b * batchSize;
        return VectorMatch.play(scenario, blue, red, seeds, from, Math.min(seeds.episodes(), from + batchSize));
    }
}
