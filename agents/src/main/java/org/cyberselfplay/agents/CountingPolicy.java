package org.cyberselfplay.agents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLongArray;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.Observation;

/**
 * A policy that plays exactly as the one it wraps and counts the tools of the actions it returns: how a policy
 * spreads its actions over its tools, measured while it plays. Its {@link #forThread()} copies share the counts
 * (atomic), so a multi-threaded match is counted in full.
 */
public final class CountingPolicy implements Policy {
    private final Policy inner;
    private final AtomicLongArray counts;

    /** Wraps {@code inner} with fresh counts. */
    public CountingPolicy(Policy inner) {
        this(inner, new AtomicLongArray(Tool.values().length));
    }

    private CountingPolicy(Policy inner, AtomicLongArray counts) {
        this.inner = inner;
        this.counts = counts;
    }

    @Override
    public Actor side() {
        return inner.side();
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public Action act(Observation observation, SplittableRandom rng) {
        Action a = inner.act(observation, rng);
        count(a);
        return a;
    }

    @Override
    public List<Action> actBatch(List<Observation> observations, List<SplittableRandom> rngs) {
        List<Action> actions = inner.actBatch(observations, rngs);
        for (Action a : actions) {
            count(a);
        }
        return actions;
    }

    private void count(Action a) {
        Tool tool = Tool.fromWire(a.tool()).orElseThrow(() -> new IllegalStateException(inner.name()
                + " returned an action with unknown tool " + a.tool()));
        counts.incrementAndGet(tool.ordinal());
    }

    @Override
    public Policy forThread() {
        return new CountingPolicy(inner.forThread(), counts);
    }

    /** Actions counted so far. */
    public long total() {
        long sum = 0;
        for (int i = 0; i < counts.length(); i++) {
            sum += counts.get(i);
        }
        return sum;
    }

    /**
     * Each of the side's tools (wire name, in {@code Tool.of(side)} order) with its share of the actions (0 before
     * any).
     */
    public Map<String, Double> shares() {
        long total = total();
        Map<String, Double> out = new LinkedHashMap<>();
        for (Tool t : Tool.of(side())) {
            out.put(t.wireName(), total == 0 ? 0.0 : (double) counts.get(t.ordinal()) / total);
        }
        return out;
    }
}
