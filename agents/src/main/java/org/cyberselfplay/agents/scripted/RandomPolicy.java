package org.cyberselfplay.agents.scripted;

import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.ActionSpace;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.obs.ActionMask;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;

/** Uniform over the legal actions of either side: the baseline every policy is measured against. */
public final class RandomPolicy implements Policy {
    private final Actor side;
    private final ActionSpace space;

    public RandomPolicy(Scenario scenario, Actor side) {
        this.side = side;
        this.space = ActionSpace.of(scenario, side);
    }

    @Override
    public Actor side() {
        return side;
    }

    @Override
    public String name() {
        return "random";
    }

    @Override
    public Action act(Observation observation, SplittableRandom rng) {
        return space.toAction(uniformLegal(observation.legalActions(), rng));
    }

    /** A uniformly drawn legal index; one {@code nextInt} draw. */
    public static int uniformLegal(ActionMask mask, SplittableRandom rng) {
        int count = mask.count();
        if (count == 0) {
            throw new IllegalArgumentException("no legal action to choose from");
        }
        int k = rng.nextInt(count);
        for (int index = 0; index < mask.size(); index++) {
            if (mask.isLegal(index) && k-- == 0) {
                return index;
            }
        }
        throw new IllegalStateException("mask count and contents disagree");
    }
}
