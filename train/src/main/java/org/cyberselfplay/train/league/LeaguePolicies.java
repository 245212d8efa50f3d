package org.cyberselfplay.train.league;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.league.pool.EntryKind;
import org.cyberselfplay.league.pool.PoolEntry;
import org.cyberselfplay.train.rollout.OpponentMix;
import org.cyberselfplay.train.run.RunDirectory;

/**
 * The policies of pool entries, built once per entry and kept: archetypes from their spec, neural entries from
 * their checkpoint, whose path is relative to the run directory (so a run directory can be moved). Neural
 * policies sample from their distribution and are named after their entry. Not thread-safe; a policy handed out
 * is used on one thread or through {@code forThread()}.
 */
final class LeaguePolicies {
    private final Scenario scenario;
    private final RunDirectory dir;
    private final Map<String, Policy> byId = new HashMap<>();

    LeaguePolicies(Scenario scenario, RunDirectory dir) {
        this.scenario = scenario;
        this.dir = dir;
    }

    /** The policy of a pool entry. */
    Policy of(PoolEntry e) {
        return byId.computeIfAbsent(e.id(), id -> build(e));
    }

    /** The learner as saved in {@code checkpoints/<file>}, loaded afresh (the learner changes every round). */
    Policy learnerAt(String file) {
        return Checkpoints.load(dir.checkpoint(file), scenario, EntryKind.NEURAL_BLUE.side()).withName(League.LEARNER);
    }

    private Policy build(PoolEntry e) {
        if (e.kind() == EntryKind.ARCHETYPE) {
            return Policies.red(e.spec(), scenario);
        }
        return Checkpoints.load(dir.root().resolve(e.spec()), scenario, e.kind().side()).withName(e.id());
    }

    /** The policies with positive probability, weighted by it (an opponent mix needs positive weights). */
    static OpponentMix mixture(List<Policy> policies, double[] p) {
        List<Policy> kept = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                kept.add(policies.get(i));
                weights.add(p[i]);
            }
        }
        return OpponentMix.of(kept, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
