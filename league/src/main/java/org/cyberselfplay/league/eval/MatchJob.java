package org.cyberselfplay.league.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The work of one call to a {@link MatchExecutor}, typically one league round's matches: the scenario, the
 * policies by key, and the tasks, which name their policies by key. Built on the machine that owns the policies;
 * executors that run elsewhere ship its {@linkplain #portable() portable} part once per job. Immutable.
 *
 * @param round    the round, for logs
 * @param scenario the scenario every task plays
 * @param policies the policies the tasks name, by key
 * @param tasks    the tasks, in the order results are returned
 */
public record MatchJob(int round, ScenarioSource scenario, Map<String, JobPolicy> policies, List<MatchTask> tasks) {
    public MatchJob {
        Objects.requireNonNull(scenario, "scenario");
        policies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(policies));
        tasks = List.copyOf(tasks);
        for (MatchTask t : tasks) {
            if (!policies.containsKey(t.blueKey()) || !policies.containsKey(t.redKey())) {
                throw new IllegalArgumentException("task " + t + " names a policy the job does not hold");
            }
        }
    }

    /** Episodes over all tasks. */
    public long episodes() {
        return tasks.stream().mapToLong(MatchTask::episodes).sum();
    }

    /**
     * What a process needs besides the tasks: the scenario source and every policy's portable form.
     *
     * @throws IllegalStateException when the scenario or a policy has no portable form
     */
    public Payload portable() {
        if (!scenario.portable()) {
            throw new IllegalStateException("the " + scenario + " was handed over as an object, not as a preset "
                    + "name or file, so it cannot be played in another process");
        }
        Map<String, PortablePolicy> out = new LinkedHashMap<>();
        policies.forEach((key, p) -> out.put(key, p.portable()));
        return new Payload(scenario, out);
    }

    /**
     * The portable part of a job: a plain final class with Java serialization (see {@link MatchTask}).
     */
    public static final class Payload implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final ScenarioSource scenario;
        private final LinkedHashMap<String, PortablePolicy> policies;

        Payload(ScenarioSource scenario, Map<String, PortablePolicy> policies) {
            this.scenario = scenario;
            this.policies = new LinkedHashMap<>(policies);
        }

        public ScenarioSource scenario() {
            return scenario;
        }

        /**
         * The policy of a task's key.
         *
         * @throws IllegalArgumentException for a key the job did not hold
         */
        public PortablePolicy policy(String key) {
            PortablePolicy p = policies.get(key);
            if (p == null) {
                throw new IllegalArgumentException("no policy " + key + " in this job");
            }
            return p;
        }

        /** Bytes of all policies. */
        public long size() {
            return policies.values().stream().mapToLong(PortablePolicy::size).sum();
        }
    }
}
