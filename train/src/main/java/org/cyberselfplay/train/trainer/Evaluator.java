package org.cyberselfplay.train.trainer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.CountingPolicy;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.league.eval.MatchRunner;

/**
 * Periodic evaluation of the learner against the fixed {@code eval.opponents} with the league's
 * {@link MatchRunner}: per opponent, {@code eval/win_rate/<name>} (the learner's wins over the episodes) and
 * {@code eval/return/<name>} (the learner's mean return), then {@code eval/tool_share/<tool>} (the share of the
 * learner's actions over all these episodes that used each of its tools), {@code <name>} being the opponent
 * policy's name
 * ({@code blitz}, {@code expert}, a checkpoint's file name; the spec if two policies share a name). Opponent
 * {@code j} is played with the {@code j}-th {@code nextLong()} of {@code SplittableRandom(evalSeed)} at every
 * evaluation, so successive evaluations play the same episodes. Results do not depend on the thread count.
 */
public final class Evaluator {
    private static final int BATCH = MatchRunner.DEFAULT_BATCH;

    private final Scenario scenario;
    private final Actor learner;
    private final int episodes;
    private final MatchRunner runner;
    private final List<Policy> opponents = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final long[] seeds;

    /**
     * @param specs policy specs of the side opposite {@code learner}, resolved for {@code scenario}
     */
    public Evaluator(Scenario scenario, Actor learner, List<String> specs, int episodes, long evalSeed, int threads) {
        this.scenario = scenario;
        this.learner = learner;
        this.episodes = episodes;
        this.runner = new MatchRunner(threads, BATCH);
        SplittableRandom rng = new SplittableRandom(evalSeed);
        this.seeds = new long[specs.size()];
        Set<String> used = new HashSet<>();
        for (int j = 0; j < specs.size(); j++) {
            String spec = specs.get(j);
            Policy p = learner == Actor.BLUE ? Policies.red(spec, scenario) : Policies.blue(spec, scenario);
            opponents.add(p);
            names.add(used.add(p.name()) ? p.name() : spec);
            seeds[j] = rng.nextLong();
        }
    }

    /** The metric names of the opponents, in {@code eval.opponents} order. */
    public List<String> names() {
        return List.copyOf(names);
    }

    /**
     * Plays every opponent and returns the metrics, in opponent order (win rate, then return, per opponent), then
     * the tool shares.
     *
     * @param policy the learner's policy, bound to this evaluator's scenario; not modified
     */
    public Map<String, Double> evaluate(Policy policy) {
        if (policy.side() != learner) {
            throw new IllegalArgumentException("evaluating a " + policy.side() + " policy as a " + learner
                    + " learner");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        CountingPolicy counted = new CountingPolicy(policy);
        for (int j = 0; j < opponents.size(); j++) {
            List<EpisodeMetrics> results = learner == Actor.BLUE
                    ? runner.play(scenario, counted, opponents.get(j), seeds[j], episodes)
                    : runner.play(scenario, opponents.get(j), counted, seeds[j], episodes);
            double wins = results.stream().filter(m -> m.winner().filter(w -> w == learner).isPresent()).count();
            double ret = results.stream().mapToDouble(m -> learner == Actor.BLUE ? m.blueReturn() : m.redReturn())
                    .average().orElse(0);
            out.put("eval/win_rate/" + names.get(j), wins / results.size());
            out.put("eval/return/" + names.get(j), ret);
        }
        counted.shares().forEach((tool, share) -> out.put("eval/tool_share/" + tool, share));
        return out;
    }
}
