package org.cyberselfplay.train.league;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.league.eval.JobPolicy;
import org.cyberselfplay.league.eval.PortablePolicy;
import org.cyberselfplay.league.pool.EntryKind;
import org.cyberselfplay.league.pool.PoolEntry;
import org.cyberselfplay.train.rollout.OpponentMix;
import org.cyberselfplay.train.run.RunDirectory;

/**
 * The policies of pool entries, built once per entry and kept: archetypes from their spec, neural entries from
 * their checkpoint, whose path is relative to the run directory (so a run directory can be moved). Neural
 * policies sample from their distribution and are named after their entry. Not thread-safe; a policy handed out
 * is used on one thread or through {@code forThread()}. Every policy handed out has a portable form for match
 * executors in other processes ({@link #job}): its spec, or its checkpoint file.
 */
final class LeaguePolicies {
    private final Scenario scenario;
    private final RunDirectory dir;
    private final Map<String, Policy> byId = new HashMap<>();
    private final Map<Policy, JobPolicy> jobs = new IdentityHashMap<>();

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
        Policy p = Checkpoints.load(dir.checkpoint(file), scenario, EntryKind.NEURAL_BLUE.side())
                .withName(League.LEARNER);
        jobs.put(p, JobPolicy.of(p, () -> PortablePolicy.ofFile(p.side(), dir.checkpoint(file), "", p.name())));
        return p;
    }

    /**
     * A policy with its portable form: for a policy handed out here its spec or checkpoint file, for any other
     * (the live learner) its network as it is when first shipped.
     */
    JobPolicy job(Policy p) {
        JobPolicy j = jobs.get(p);
        return j != null ? j : JobPolicy.ofLive(p);
    }

    private Policy build(PoolEntry e) {
        Policy p;
        if (e.kind() == EntryKind.ARCHETYPE) {
            p = Policies.red(e.spec(), scenario);
            jobs.put(p, JobPolicy.of(p, () -> PortablePolicy.ofSpec(p.side(), e.spec(), p.name())));
        } else {
            Policy n = Checkpoints.load(dir.root().resolve(e.spec()), scenario, e.kind().side()).withName(e.id());
            jobs.put(n, JobPolicy.of(n, () -> PortablePolicy.ofFile(n.side(), dir.root().resolve(e.spec()), "",
                    n.name())));
            p = n;
        }
        return p;
    }

    /**
     * The policies with positive probability, weighted by it (an opponent mix needs positive weights), each with
     * its {@linkplain #job portable form} so rollouts against the mix can run in other processes.
     */
    OpponentMix mixture(List<Policy> policies, double[] p) {
        List<JobPolicy> kept = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                kept.add(job(policies.get(i)));
                weights.add(p[i]);
            }
        }
        return OpponentMix.ofJobs(kept, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
