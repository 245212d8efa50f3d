package org.cyberselfplay.train.rollout;

import java.util.ArrayList;
import java.util.List;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.league.eval.JobPolicy;
import org.cyberselfplay.league.eval.PortablePolicy;
import org.cyberselfplay.train.config.OpponentSpec;

/**
 * The weighted opponent mix of a run, built for one scenario: policy {@code i} is drawn with probability
 * {@code weight_i / sum(weights)}. Immutable; the policies may not be thread-safe, so each thread takes
 * {@link #forThread()}. Each policy also has a {@linkplain #job(int) portable form} for rollouts played in other
 * processes (made on first request, kept by the mix and its {@code forThread()} copies).
 */
public final class OpponentMix {
    private final List<String> specs;
    private final List<Policy> policies;
    private final List<JobPolicy> jobs;
    private final double[] weights;
    private final double[] cumulative;

    private OpponentMix(List<String> specs, List<Policy> policies, List<JobPolicy> jobs, double[] weights) {
        if (policies.isEmpty() || policies.size() != weights.length || specs.size() != weights.length) {
            throw new IllegalArgumentException("an opponent mix needs one weight per policy and at least one policy");
        }
        Actor side = policies.get(0).side();
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] > 0) || !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("opponent weight " + i + " must be > 0, got " + weights[i]);
            }
            if (policies.get(i).side() != side) {
                throw new IllegalArgumentException("opponents play different sides");
            }
            total += weights[i];
        }
        this.specs = List.copyOf(specs);
        this.policies = List.copyOf(policies);
        this.jobs = List.copyOf(jobs);
        this.weights = weights.clone();
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum / total;
        }
    }

    /**
     * The mix of a config's {@code opponents}, each spec resolved for {@code scenario} as a policy of {@code side}
     * ({@code Policies.red} or {@code Policies.blue}).
     */
    public static OpponentMix of(List<OpponentSpec> specs, Actor side, Scenario scenario) {
        List<Policy> policies = new ArrayList<>();
        List<JobPolicy> jobs = new ArrayList<>();
        double[] weights = new double[specs.size()];
        for (int i = 0; i < specs.size(); i++) {
            String spec = specs.get(i).policy();
            Policy p = side == Actor.RED ? Policies.red(spec, scenario) : Policies.blue(spec, scenario);
            policies.add(p);
            jobs.add(JobPolicy.of(p, () -> PortablePolicy.ofSpec(side, spec, p.name())));
            weights[i] = specs.get(i).weight();
        }
        return new OpponentMix(specs.stream().map(OpponentSpec::policy).toList(), policies, jobs, weights);
    }

    /**
     * A mix of given policies (specs are their names); a neural one is portable as its weights at the time its
     * portable form is first asked for, any other only in this process ({@link JobPolicy#ofLive}).
     */
    public static OpponentMix of(List<Policy> policies, double[] weights) {
        return ofJobs(policies.stream().map(JobPolicy::ofLive).toList(), weights);
    }

    /** A mix of given policies with their portable forms (specs are their names). */
    public static OpponentMix ofJobs(List<JobPolicy> policies, double[] weights) {
        List<Policy> live = policies.stream().map(JobPolicy::live).toList();
        return new OpponentMix(live.stream().map(Policy::name).toList(), live, policies, weights.clone());
    }

    /** The index of the opponent at uniform draw {@code u} in [0, 1) (inverse CDF over the weights). */
    public int draw(double u) {
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** The side the opponents play. */
    public Actor side() {
        return policies.get(0).side();
    }

    public int size() {
        return policies.size();
    }

    public Policy policy(int i) {
        return policies.get(i);
    }

    /** The policy's short name ({@code Policy.name()}). */
    public String name(int i) {
        return policies.get(i).name();
    }

    /** The spec the policy was built from. */
    public String spec(int i) {
        return specs.get(i);
    }

    /** Policy {@code i} with its portable form. */
    public JobPolicy job(int i) {
        return jobs.get(i);
    }

    /** A mix whose policies can be used on another thread ({@code Policy.forThread()}). */
    public OpponentMix forThread() {
        return new OpponentMix(specs, policies.stream().map(Policy::forThread).toList(), jobs, weights);
    }
}
