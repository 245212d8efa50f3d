package org.cyberselfplay.train.trainer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.league.eval.JobPolicy;
import org.cyberselfplay.league.eval.MatchOutcome;
import org.cyberselfplay.league.eval.MatchRunner;
import org.cyberselfplay.league.eval.Matchup;
import org.cyberselfplay.league.eval.ScenarioSource;

/**
 * Periodic evaluation of the learner against the fixed {@code eval.opponents} with the league's
 * {@link MatchRunner}: per opponent, {@code eval/win_rate/<name>} (the learner's wins over the episodes) and
 * {@code eval/return/<name>} (the learner's mean return), then {@code eval/tool_share/<tool>} (the share of the
 * learner's actions over all these episodes that used each of its tools), {@code <name>} being the opponent
 * policy's name
 * ({@code blitz}, {@code expert}, a checkpoint's file name; the spec if two policies share a name). Opponent
 * {@code j} is played with the {@code j}-th {@code nextLong()} of {@code SplittableRandom(evalSeed)} at every
 * evaluation, so successive evaluations play the same episodes. All opponents are played as one job of the
 * runner's executor. Results do not depend on the thread count or the executor.
 */
public final class Evaluator {
    private static final int BATCH = MatchRunner.DEFAULT_BATCH;

    private final ScenarioSource scenario;
    private final Actor learner;
    private final int episodes;
    private final MatchRunner runner;
    private final List<JobPolicy> opponents = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final long[] seeds;

    /**
     * An evaluator on a thread pool of {@code threads}.
     *
     * @param specs policy specs of the side opposite {@code learner}, resolved for {@code scenario}
     */
    public Evaluator(Scenario scenario, Actor learner, List<String> specs, int episodes, long evalSeed, int threads) {
        this(ScenarioSource.local(scenario), learner, specs, episodes, evalSeed, new MatchRunner(threads, BATCH));
    }

    /**
     * An evaluator on {@code runner}, whose block size should be {@link MatchRunner#DEFAULT_BATCH} for results
     * comparable with other evaluations.
     *
     * @param specs policy specs of the side opposite {@code learner}, resolved for the scenario
     */
    public Evaluator(ScenarioSource scenario, Actor learner, List<String> specs, int episodes, long evalSeed,
                     MatchRunner runner) {
        this.scenario = scenario;
        this.learner = learner;
        this.episodes = episodes;
        this.runner = runner;
        SplittableRandom rng = new SplittableRandom(evalSeed);
        this.seeds = new long[specs.size()];
        Set<String> used = new HashSet<>();
        Actor other = learner == Actor.BLUE ? Actor.RED : Actor.BLUE;
        for (int j = 0; j < specs.size(); j++) {
            String spec = specs.get(j);
            JobPolicy p = JobPolicy.ofSpec(other, spec, scenario.scenario());
            opponents.add(p);
            names.add(used.add(p.live().name()) ? p.live().name() : spec);
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
        JobPolicy me = JobPolicy.ofLive(policy);
        List<Matchup> matchups = new ArrayList<>();
        for (int j = 0; j < opponents.size(); j++) {
            String label = policy.name() + " vs " + names.get(j);
            matchups.add(learner == Actor.BLUE ? new Matchup(label, me, opponents.get(j), seeds[j], episodes)
                    : new Matchup(label, opponents.get(j), me, seeds[j], episodes));
        }
        List<MatchOutcome> outcomes = runner.play(0, scenario, matchups);
        Map<String, Double> out = new LinkedHashMap<>();
        long[] tools = new long[Tool.values().length];
        for (int j = 0; j < opponents.size(); j++) {
            List<EpisodeMetrics> results = outcomes.get(j).episodes();
            double wins = results.stream().filter(m -> m.winner().filter(w -> w == learner).isPresent()).count();
            double ret = results.stream().mapToDouble(m -> learner == Actor.BLUE ? m.blueReturn() : m.redReturn())
                    .average().orElse(0);
            out.put("eval/win_rate/" + names.get(j), wins / results.size());
            out.put("eval/return/" + names.get(j), ret);
            MatchOutcome.add(tools, outcomes.get(j).tools(learner));
        }
        MatchOutcome.shares(learner, tools).forEach((tool, share) -> out.put("eval/tool_share/" + tool, share));
        return out;
    }
}
