package org.cyberselfplay.league.eval;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * Plays seeded Blue-vs-Red matchups on a {@link MatchExecutor} (by default a thread pool). Episodes are cut into
 * fixed blocks of {@code batchSize} that run in lockstep with batched inference ({@link VectorMatch}); a task is a
 * run of whole blocks, each block's randomness comes from {@link EpisodeSeeds}, so the results are the same for
 * any thread count, any executor and any cut into tasks.
 */
public final class MatchRunner {
    /** Episodes per lockstep block, unless configured. */
    public static final int DEFAULT_BATCH = 64;

    private final MatchExecutor executor;
    private final int batchSize;

    /**
     * A runner on a thread pool.
     *
     * @param threads   worker threads, {@code >= 1}
     * @param batchSize episodes per block, {@code >= 1}; part of the result's identity for neural policies
     *                  (a network's arithmetic may differ with the batch shape), so keep it fixed
     */
    public MatchRunner(int threads, int batchSize) {
        this(threadPool(threads, batchSize), batchSize);
    }

    /**
     * A runner on {@code executor}, which the caller keeps and closes.
     *
     * @param batchSize episodes per block, {@code >= 1} (see {@link #MatchRunner(int, int)})
     */
    public MatchRunner(MatchExecutor executor, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        this.executor = executor;
        this.batchSize = batchSize;
    }

    private static MatchExecutor threadPool(int threads, int batchSize) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be >= 1, got " + threads + ", " + batchSize);
        }
        return new ThreadPoolMatchExecutor(threads);
    }

    /** One thread per core and the default block size. */
    public static MatchRunner defaults() {
        return new MatchRunner(Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH);
    }

    public MatchExecutor executor() {
        return executor;
    }

    public int batchSize() {
        return batchSize;
    }

    /**
     * Plays {@code episodes} episodes of {@code blue} against {@code red}, in this process only (the policies are
     * handed over as objects).
     *
     * @return each episode's metrics, in episode order
     */
    public List<EpisodeMetrics> play(Scenario scenario, Policy blue, Policy red, long seed, int episodes) {
        if (blue.side() != Actor.BLUE || red.side() != Actor.RED) {
            throw new IllegalArgumentException("need a Blue and a Red policy, got " + blue.side() + " and " + red.side());
        }
        if (episodes == 0) {
            return List.of();
        }
        Matchup m = new Matchup(blue.name() + " vs " + red.name(), JobPolicy.local(blue), JobPolicy.local(red), seed,
                episodes);
        return play(0, ScenarioSource.local(scenario), List.of(m)).get(0).episodes();
    }

    /**
     * Plays every matchup as one job on the executor.
     *
     * @param round for logs (a league round, or 0)
     * @return one outcome per matchup, in order
     */
    public List<MatchOutcome> play(int round, ScenarioSource scenario, List<Matchup> matchups) {
        Map<JobPolicy, String> keys = new IdentityHashMap<>();
        Map<String, JobPolicy> policies = new LinkedHashMap<>();
        List<MatchTask> tasks = new ArrayList<>();
        int[] taskCounts = new int[matchups.size()];
        for (int i = 0; i < matchups.size(); i++) {
            Matchup m = matchups.get(i);
            String blue = key(m.blue(), keys, policies);
            String red = key(m.red(), keys, policies);
            List<MatchTask> split = MatchTask.split(round, m.label(), blue, red, m.seed(), m.episodes(), batchSize,
                    executor.blocksPerTask());
            taskCounts[i] = split.size();
            tasks.addAll(split);
        }
        List<MatchResult> results = executor.run(new MatchJob(round, scenario, policies, tasks));
        if (results.size() != tasks.size()) {
            throw new IllegalStateException(executor.describe() + " returned " + results.size() + " results for "
                    + tasks.size() + " tasks");
        }
        List<MatchOutcome> out = new ArrayList<>(matchups.size());
        int next = 0;
        for (int i = 0; i < matchups.size(); i++) {
            List<EpisodeMetrics> episodes = new ArrayList<>(matchups.get(i).episodes());
            long[] blueTools = new long[Tool.values().length];
            long[] redTools = new long[Tool.values().length];
            for (int k = 0; k < taskCounts[i]; k++, next++) {
                MatchResult r = results.get(next);
                if (r.from() != episodes.size() || r.size() != tasks.get(next).episodes()) {
                    throw new IllegalStateException(executor.describe() + " returned episodes from " + r.from()
                            + " for task " + tasks.get(next));
                }
                episodes.addAll(r.episodes());
                MatchOutcome.add(blueTools, r.tools(Actor.BLUE));
                MatchOutcome.add(redTools, r.tools(Actor.RED));
            }
            out.add(new MatchOutcome(episodes, blueTools, redTools));
        }
        return out;
    }

    private static String key(JobPolicy p, Map<JobPolicy, String> keys, Map<String, JobPolicy> policies) {
        return keys.computeIfAbsent(p, q -> {
            String k = "p" + policies.size();
            policies.put(k, q);
            return k;
        });
    }
}
