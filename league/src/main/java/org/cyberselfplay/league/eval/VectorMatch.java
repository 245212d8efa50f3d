package org.cyberselfplay.league.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.StepResult;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * Plays a block of episodes in lockstep on one thread: every env moves Blue, then Red, so each half-turn
 * is one batched {@link Policy#actBatch} call per side over the envs still running.
 */
final class VectorMatch {
    private VectorMatch() {
    }

    /**
     * Plays episodes {@code from} (inclusive) to {@code to} (exclusive) of {@code seeds}.
     *
     * @return their metrics, in episode order
     * @throws IllegalStateException when a policy returns an action the env refuses
     */
    static List<EpisodeMetrics> play(Scenario scenario, Policy blue, Policy red, EpisodeSeeds seeds, int from, int to) {
        int tools = Tool.values().length;
        return play(scenario, blue, red, seeds, from, to, new long[tools], new long[tools]);
    }

    /**
     * As {@link #play(Scenario, Policy, Policy, EpisodeSeeds, int, int)}, adding the tools of Blue's and Red's
     * actions to {@code blueTools} and {@code redTools} (indexed by {@link Tool#ordinal()}).
     */
    static List<EpisodeMetrics> play(Scenario scenario, Policy blue, Policy red, EpisodeSeeds seeds, int from, int to,
                                     long[] blueTools, long[] redTools) {
        int n = to - from;
        GameEnv[] envs = new GameEnv[n];
        SplittableRandom[] blueRng = new SplittableRandom[n];
        SplittableRandom[] redRng = new SplittableRandom[n];
        for (int k = 0; k < n; k++) {
            envs[k] = new GameEnv(scenario);
            envs[k].resetFast(seeds.envSeed(from + k));
            blueRng[k] = seeds.blueRng(from + k);
            redRng[k] = seeds.redRng(from + k);
        }
        List<Integer> active = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            active.add(k);
        }
        while (!active.isEmpty()) {
            halfTurn(envs, active, blue, blueRng, blueTools);
            halfTurn(envs, active, red, redRng, redTools);
            active.removeIf(k -> envs[k].isTerminal());
        }
        List<EpisodeMetrics> out = new ArrayList<>(n);
        for (GameEnv env : envs) {
            out.add(env.metrics());
        }
        return out;
    }

    private static void halfTurn(GameEnv[] envs, List<Integer> active, Policy policy, SplittableRandom[] rngs,
                                 long[] tools) {
        List<Integer> moving = new ArrayList<>(active.size());
        List<Observation> observations = new ArrayList<>(active.size());
        List<SplittableRandom> moveRngs = new ArrayList<>(active.size());
        for (int k : active) {
            if (!envs[k].isTerminal() && envs[k].currentActor() == policy.side()) {
                moving.add(k);
                observations.add(envs[k].observe(policy.side()));
                moveRngs.add(rngs[k]);
            }
        }
        if (moving.isEmpty()) {
            return;
        }
        List<Action> actions = policy.actBatch(observations, moveRngs);
        for (int i = 0; i < moving.size(); i++) {
            StepResult r = envs[moving.get(i)].step(actions.get(i));
            if (!r.accepted()) {
                throw new IllegalStateException("policy " + policy.name() + " (" + policy.side()
                        + ") chose an illegal action " + actions.get(i) + ": " + r.error().orElse(""));
            }
            tools[Tool.fromWire(actions.get(i).tool()).orElseThrow().ordinal()]++;
        }
    }
}
