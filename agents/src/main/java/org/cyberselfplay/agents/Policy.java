package org.cyberselfplay.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.obs.Observation;

/**
 * A policy for one side, scripted or learned. It sees only its side's {@link Observation}, never the
 * game's hidden state, and draws randomness only from the caller's RNG.
 *
 * <p>A policy is built for one scenario (its action layout depends on the inventory) and must return a
 * legal action: one whose index is set in {@code observation.legalActions()}.
 */
public interface Policy {

    /** The side this policy plays. */
    Actor side();

    /** A short name for tables and logs, e.g. {@code expert}, {@code blitz@0.2}, a checkpoint's file name. */
    String name();

    /**
     * Chooses an action.
     *
     * @param observation this side's observation; it is this side's turn and some action is legal
     * @param rng         the caller's random source; the policy may advance it, never keeps it
     */
    Action act(Observation observation, SplittableRandom rng);

    /**
     * Chooses one action per observation, element-wise with {@code rngs}. Neural policies override this to
     * run one batched forward pass; the result must equal calling {@link #act} on each pair in order.
     */
    default List<Action> actBatch(List<Observation> observations, List<SplittableRandom> rngs) {
        List<Action> out = new ArrayList<>(observations.size());
        for (int i = 0; i < observations.size(); i++) {
            out.add(act(observations.get(i), rngs.get(i)));
        }
        return out;
    }

    /**
     * An instance that can be used on another thread concurrently with this one. Stateless policies
     * return themselves; policies holding a network return a copy with its own workspace.
     */
    default Policy forThread() {
        return this;
    }
}
