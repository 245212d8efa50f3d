package org.cyberselfplay.agents.features;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;

/** Observations from uniformly random episodes, for tests. */
public final class TestEpisodes {
    private TestEpisodes() {
    }

    /**
     * Up to {@code count} observations of {@code side} taken on its turns (so each has a legal action), from
     * random episodes seeded from {@code seed}, visiting whole episodes in order.
     */
    public static List<Observation> observations(Scenario scenario, Actor side, long seed, int count) {
        SplittableRandom rng = new SplittableRandom(seed);
        GameEnv env = new GameEnv(scenario);
        List<Observation> out = new ArrayList<>(count);
        while (out.size() < count) {
            env.resetFast(rng.nextLong());
            while (!env.isTerminal() && out.size() < count) {
                if (env.currentActor() == side) {
                    out.add(env.observe(side));
                }
                env.stepRandom(rng);
            }
        }
        return out;
    }

    /** Every observation of both sides, including terminal ones, along {@code episodes} random episodes. */
    public static List<Observation> allObservations(Scenario scenario, long seed, int episodes) {
        SplittableRandom rng = new SplittableRandom(seed);
        GameEnv env = new GameEnv(scenario);
        List<Observation> out = new ArrayList<>();
        for (int e = 0; e < episodes; e++) {
            env.resetFast(rng.nextLong());
            while (true) {
                out.add(env.observe(Actor.BLUE));
                out.add(env.observe(Actor.RED));
                if (env.isTerminal()) {
                    break;
                }
                env.stepRandom(rng);
            }
        }
        return out;
    }
}
